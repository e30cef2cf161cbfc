package org.dlc.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.dlc.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    @Test
    void a_password_is_kept_as_a_salted_iterated_hash_only() {
        PasswordHash h = PasswordHash.of("correct horse".toCharArray());
        assertEquals(32, Base64.getDecoder().decode(h.hash()).length, "SCRAM-SHA-256 salted password length");
        assertEquals(PasswordHash.ITERATIONS, h.iterations());
        assertTrue(h.matches("correct horse".toCharArray()));
        assertFalse(h.matches("correct horsE".toCharArray()));
        assertFalse(h.hash().equals(PasswordHash.of("correct horse".toCharArray()).hash()), "salted");
    }

    @Test
    void changing_the_own_password_needs_the_current_one_and_ends_the_must_change_state() {
        UserAccount u = new UserAccount("admin", "change-me-now".toCharArray(), Role.ADMIN, true);
        assertThrows(InvalidInputException.class, () -> u.changePassword("wrong-password".toCharArray(),
                "a-new-password".toCharArray()));
        assertThrows(InvalidInputException.class, () -> u.changePassword("change-me-now".toCharArray(),
                "short".toCharArray()));
        assertThrows(InvalidInputException.class, () -> u.changePassword("change-me-now".toCharArray(),
                "change-me-now".toCharArray()));
        assertTrue(u.mustChangePassword());

        u.changePassword("change-me-now".toCharArray(), "a-new-password".toCharArray());

        assertFalse(u.mustChangePassword());
        assertTrue(u.passwordMatches("a-new-password".toCharArray()));
        assertFalse(u.passwordMatches("change-me-now".toCharArray()));
    }

    @Test
    void names_and_roles_are_checked() {
        assertThrows(InvalidInputException.class, () -> new UserAccount("a b", "long-enough-1".toCharArray(),
                Role.READ_ONLY, true));
        assertEquals(Role.READ_ONLY, Role.of("read-only"));
        assertThrows(InvalidInputException.class, () -> Role.of("root"));
    }
}
