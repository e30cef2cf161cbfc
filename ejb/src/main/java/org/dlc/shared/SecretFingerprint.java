package org.dlc.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dlc.system.DataDirectory;

/**
 * What a read shows of a secret instead of the secret: a short fingerprint, the first 32 bits of
 * HMAC-SHA-256(server key, secret) as 8 hex digits. Equal secrets have equal fingerprints, so an administrator
 * sees whether a secret changed or is used twice; the value cannot be tried out from it, not even a short one,
 * without the server's random key ({@code <data dir>/secret-fingerprint.key}, 256 bits, readable by its owner
 * only, never shown). The fingerprints change when that file is deleted.
 */
public final class SecretFingerprint {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key;

    public SecretFingerprint(byte[] key) {
        if (key.length < KEY_BYTES) {
            throw new IllegalArgumentException("the fingerprint key needs " + KEY_BYTES + " bytes, has " + key.length);
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** {@code <data dir>/secret-fingerprint.key} */
    public static Path keyFile() {
        return DataDirectory.path().resolve("secret-fingerprint.key");
    }

    /**
     * Reads the key, or first writes a new random one: into a temporary file (owner-only on POSIX file systems,
     * from its creation on), then moved into place.
     */
    public static SecretFingerprint loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(fresh);
                Path tmp = Files.createTempFile(Files.createDirectories(file.getParent()), "secret-fingerprint", ".tmp");
                Files.write(tmp, fresh);
                try {
                    Files.move(tmp, file);
                } catch (FileAlreadyExistsException e) {
                    Files.delete(tmp); // created at the same moment by someone else: theirs counts
                }
            }
            return new SecretFingerprint(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 8 hex digits. */
    public String of(String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] h = mac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }
}
