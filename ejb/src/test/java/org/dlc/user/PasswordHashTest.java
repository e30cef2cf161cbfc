package org.dlc.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.ScramDigestPassword;
import org.wildfly.security.password.spec.IteratedSaltedHashPasswordSpec;

/**
 * Passwords set before the realm became the application's keep working without re-hashing: every guess the former
 * realm (Elytron's jdbc-realm, scram-mapper scram-sha-256, the WildFly 39 Elytron on the test class path) accepted
 * against a stored hash, {@link PasswordHash#matches} accepts too.
 */
class PasswordHashTest {

    /** Passwords as people set them (the application allows any characters, 10..128 of them). */
    private static final List<String> PASSWORDS = List.of("correct horse battery", "Grüße aus Köln!",
            "pässwörd mit ß und €", "パスワードは秘密です", "Ελληνικά-κλειδί", "with a 🔑 emoji inside", "tab\tand  spaces");

    private static boolean formerRealm(PasswordHash stored, String guess) throws GeneralSecurityException {
        PasswordFactory factory = PasswordFactory.getInstance(ScramDigestPassword.ALGORITHM_SCRAM_SHA_256,
                new WildFlyElytronPasswordProvider());
        Password password = factory.generatePassword(new IteratedSaltedHashPasswordSpec(
                Base64.getDecoder().decode(stored.hash()), Base64.getDecoder().decode(stored.salt()), stored.iterations()));
        return factory.verify(password, guess.toCharArray());
    }

    private static List<String> guesses(String password) {
        return List.of(password, Normalizer.normalize(password, Normalizer.Form.NFD),
                Normalizer.normalize(password, Normalizer.Form.NFKD), password + "x", password.toUpperCase(),
                password.substring(1), "");
    }

    @Test
    void every_guess_the_former_realm_accepted_is_accepted_and_no_other() throws Exception {
        for (String password : PASSWORDS) {
            for (int iterations : new int[] {PasswordHash.ITERATIONS, PasswordHash.SECRET_ITERATIONS}) {
                PasswordHash stored = PasswordHash.of(password.toCharArray(), iterations);
                for (String guess : guesses(password)) {
                    assertEquals(formerRealm(stored, guess), stored.matches(guess.toCharArray()),
                            "'" + guess + "' against '" + password + "', " + iterations + " iteration(s)");
                }
                assertTrue(stored.matches(password.toCharArray()), password);
            }
        }
    }

    @Test
    void a_password_that_nfkc_changes_now_works_as_typed() throws Exception {
        // "ﬁ" (a ligature) and "①" become "fi" and "1" in NFKC: the former realm compared the hash of "ﬁve ①" with
        // that of "five 1", so this password, accepted when it was set, never logged in.
        PasswordHash stored = PasswordHash.of("ﬁve ① ﬁngers".toCharArray(), 1);
        assertFalse(formerRealm(stored, "ﬁve ① ﬁngers"));
        assertTrue(stored.matches("ﬁve ① ﬁngers".toCharArray()));
        assertFalse(stored.matches("five 1 fingers".toCharArray()));
    }

    @Test
    void secrets_the_server_generated_verify_with_one_iteration() throws Exception {
        String secret = Secret.generate();
        PasswordHash stored = PasswordHash.of(secret.toCharArray(), PasswordHash.SECRET_ITERATIONS);
        assertTrue(formerRealm(stored, secret));
        assertTrue(stored.matches(secret.toCharArray()));
        assertFalse(stored.matches((secret + "A").toCharArray()));
        assertFalse(stored.matches(null));
    }
}
