package org.dlc.user;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted, iterated password hash: PBKDF2-HMAC-SHA-256 with 32 bytes of output, which is what SCRAM-SHA-256
 * calls the salted password. The server's jdbc-realm (scram-mapper, algorithm scram-sha-256) verifies it at
 * login, so the application never sees a login and never keeps a password.
 */
public record PasswordHash(String hash, String salt, int iterations) {

    /** Every HTTP Basic request is verified again: enough to slow guessing, little enough for an API client. */
    public static final int ITERATIONS = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static PasswordHash of(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PasswordHash(encode(derive(password, salt, ITERATIONS)), encode(salt), ITERATIONS);
    }

    public boolean matches(char[] password) {
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
