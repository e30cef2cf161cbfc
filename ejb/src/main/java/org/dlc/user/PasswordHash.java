package org.dlc.user;

import java.security.GeneralSecurityException;
import java.nio.CharBuffer;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted, iterated password hash: PBKDF2-HMAC-SHA-256 of the password's UTF-8 bytes with 32 bytes of output, which
 * is what SCRAM-SHA-256 calls the salted password. The server's realm verifies logins with {@link #matches} (through
 * {@link IdentityCache}); the application never keeps a password.
 */
public record PasswordHash(String hash, String salt, int iterations) {

    /** A person's password: every HTTP Basic request is verified again, enough to slow guessing of a guessable one. */
    public static final int ITERATIONS = 20_000;
    /**
     * A secret the server generated (256 random bits, see {@link Secret}): nobody can guess it, so stretching adds
     * nothing but cost to every request of the machine that uses it (the DECT controller's registrations).
     */
    public static final int SECRET_ITERATIONS = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static PasswordHash of(char[] password) {
        return of(password, ITERATIONS);
    }

    static PasswordHash of(char[] password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PasswordHash(encode(derive(password, salt, iterations)), encode(salt), iterations);
    }

    /** Neither hash nor salt: {@code toString()} may end up in a log. */
    @Override
    public String toString() {
        return "PasswordHash[PBKDF2-HMAC-SHA-256, " + iterations + " iteration(s)]";
    }

    /**
     * Whether this is the hash of the password, as typed or in Unicode's compatibility composition (NFKC). The
     * second is what the server's realm accepted before (Elytron's SCRAM-SHA-256 verification normalises the guess
     * to NFKC; the hash is of the password as it was set): a password that logged in then logs in now, and one
     * that NFKC changes (which could never log in) now logs in as typed. An empty guess matches nothing.
     */
    public boolean matches(char[] password) {
        if (password == null || password.length == 0) {
            return false;
        }
        if (matchesExactly(password)) {
            return true;
        }
        String normalized = Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFKC);
        return !normalized.contentEquals(CharBuffer.wrap(password)) && matchesExactly(normalized.toCharArray());
    }

    private boolean matchesExactly(char[] password) {
        byte[] expected = Base64.getDecoder().decode(hash);
        byte[] actual = derive(password, Base64.getDecoder().decode(salt), iterations);
        return java.security.MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
