package org.dlc.user;

import java.security.SecureRandom;
import java.util.Base64;

/** A credential the server generates for a machine: 256 random bits, URL-safe Base64 (43 characters). */
final class Secret {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secret() {
    }

    static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
