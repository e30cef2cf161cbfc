package org.dlc.license;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.stream.Stream;

/** The public keys a server trusts to sign license files: every *.pem in one directory. */
public final class TrustedLicenseKeys {

    private TrustedLicenseKeys() {
    }

    public static List<PublicKey> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pem")).sorted().map(TrustedLicenseKeys::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PublicKey read(Path file) {
        try {
            return LicenseSigner.publicKeyFromPem(Files.readString(file));
        } catch (InvalidLicenseFileException e) {
            throw new InvalidLicenseFileException("trusted key " + file.getFileName(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
