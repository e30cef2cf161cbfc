package org.dlc.license;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.stream.Stream;

/**
 * The public keys a server trusts to sign license files: every {@code *.pem} file in one directory
 * ({@value #DIRECTORY_NAME} under the data directory), one Ed25519 "PUBLIC KEY" per file. A production
 * installation puts its issuer's public key there and nothing else; a development server also gets the
 * development key.
 */
public final class TrustedLicenseKeys {

    /** The directory's name under the server's data directory. */
    public static final String DIRECTORY_NAME = "trusted-keys";

    private TrustedLicenseKeys() {
    }

    /**
     * @return the keys of every {@code *.pem} file in the directory, by file name; empty when the directory
     *         does not exist
     * @throws InvalidLicenseFileException naming the file that is not an Ed25519 public key in PEM form, or
     *         the path when it is not a directory
     */
    public static List<PublicKey> load(Path dir) {
        if (!Files.exists(dir)) {
            return List.of();
        }
        if (!Files.isDirectory(dir)) {
            throw new InvalidLicenseFileException("trusted keys " + dir, "must be a directory of PEM public keys");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pem") && Files.isRegularFile(f))
                    .sorted()
                    .map(TrustedLicenseKeys::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list trusted license keys in " + dir, e);
        }
    }

    private static PublicKey read(Path file) {
        String pem;
        try {
            pem = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidLicenseFileException("trusted key " + file, "cannot be read (" + e + ")");
        }
        try {
            return LicenseSigner.publicKeyFromPem(pem);
        } catch (InvalidLicenseFileException e) {
            String reason = e.getMessage().substring(e.field().length() + 2);
            throw new InvalidLicenseFileException("trusted key " + file, reason);
        }
    }
}
