package org.dlc.user;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.dlc.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    @Test
    void theTextIsThePrincipalAndASecretOnlyItsHashIsKept() {
        ApiToken.Issued issued = ApiToken.issue("alice.b", "nightly export", NOW);
        ApiToken t = issued.token();
        assertTrue(t.principal().matches("alice\\.b~[0-9a-f]{12}"), t.principal());
        assertEquals(t.principal().substring(8), t.id());
        String[] credentials = ApiToken.credentials(issued.text()).orElseThrow();
        assertEquals(t.principal(), credentials[0]);
        assertEquals(43, credentials[1].length(), "256 bits, URL-safe Base64");
        assertTrue(t.matches(credentials[1]));
        assertFalse(t.matches(credentials[1].substring(1) + "A"));
        assertEquals("nightly export", t.label());
        assertEquals("alice.b", t.userName());
        assertEquals(NOW, t.createdAt());
        assertFalse(issued.toString().contains(credentials[1]), "toString never shows the text");
        assertNotEquals(issued.text(), ApiToken.issue("alice.b", "nightly export", NOW).text());
    }

    @Test
    void theCallersPersonIsTheNameBeforeTheSeparator() {
        assertEquals("alice", ApiToken.person("alice~0123456789ab"));
        assertEquals("alice", ApiToken.person("alice"));
    }

    @Test
    void textsThatCannotBeTokensGiveNoCredentials() {
        assertEquals(Optional.empty(), ApiToken.credentials("no-separator.secret"));
        assertEquals(Optional.empty(), ApiToken.credentials("alice~0123456789ab"));
        assertEquals(Optional.empty(), ApiToken.credentials("alice~0123456789ab."));
        assertEquals(Optional.empty(), ApiToken.credentials("alice~01:23.secret"));
        assertEquals(Optional.empty(), ApiToken.credentials(null));
        assertArrayEquals(new String[] {"a.b~0f", "s-_x"}, ApiToken.credentials("a.b~0f.s-_x").orElseThrow());
    }

    @Test
    void theLabelIsRequiredAndBounded() {
        for (String bad : new String[] {null, "", "  ", "x".repeat(65), "tab\there"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> ApiToken.issue("alice", bad, NOW));
            assertEquals("label", e.field());
            assertTrue(e.reason().contains("1..64"), e.reason());
        }
        assertThrows(InvalidInputException.class, () -> ApiToken.issue("al~ice", "x", NOW), "names never contain ~");
    }
}
