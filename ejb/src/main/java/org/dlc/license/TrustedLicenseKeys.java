package org.dlc.license;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The public keys a server trusts to sign license files:
 * <ul>
 * <li>every {@code *.pem} file in {@value #DIRECTORY_NAME} under the data directory, one Ed25519 "PUBLIC KEY" per
 * file: a production installation puts its license issuer's public key there;</li>
 * <li>in development mode only, also the development key ({@link DevelopmentKey#publicKeyFile}); a server not in
 * development mode ignores it even when the file exists.</li>
 * </ul>
 * A key whose private half has been published is never trusted, wherever it is.
 */
public final class TrustedLicenseKeys {

    /** The directory's name under the server's data directory. */
    public static final String DIRECTORY_NAME = "trusted-keys";

    /**
     * Fingerprints of keys whose private half is public knowledge: the development key that was committed to the
     * repository (and shipped in the tools jar) until issue 11. An installation that copied it into
     * {@value #DIRECTORY_NAME} must delete it.
     */
    static final Set<String> PUBLISHED_KEYS = Set.of("c8d64c323209faee1c7282cd7942c215e4d8d26b87bc87be069d2ecd0fe2a8dd");

    /** Where a trusted key comes from. */
    public enum Source {
        /** A file in {@code <data dir>/trusted-keys/}. */
        TRUSTED_KEYS("trusted-keys"),
        /** The development key, in development mode. */
        DEVELOPMENT("development");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** @return the name shown in listings: {@code trusted-keys} or {@code development} */
        public String label() {
            return label;
        }
    }

    /** A trusted key, its fingerprint ({@link LicenseSigner#fingerprint}) and the file it was read from. */
    public record TrustedKey(PublicKey key, String fingerprint, Source source, Path file) {
    }

    private TrustedLicenseKeys() {
    }

    /**
     * The trust rule: the keys in {@code <dataDir>/trusted-keys/} (by file name), then the development key if and
     * only if {@code developmentMode} and its public key file exists.
     *
     * @throws InvalidLicenseFileException naming a file that is not an Ed25519 public key in PEM form, or that
     *         holds a published key
     */
    public static List<TrustedKey> of(Path dataDir, boolean developmentMode) {
        List<TrustedKey> keys = new ArrayList<>();
        for (Path file : files(dataDir.resolve(DIRECTORY_NAME))) {
            keys.add(read(file, Source.TRUSTED_KEYS));
        }
        Path development = DevelopmentKey.publicKeyFile(dataDir);
        if (developmentMode && Files.isRegularFile(development)) {
            keys.add(read(development, Source.DEVELOPMENT));
        }
        return List.copyOf(keys);
    }

    /**
     * @return the keys of every {@code *.pem} file in the directory, by file name; empty when the directory
     *         does not exist
     * @throws InvalidLicenseFileException naming the file that is not an Ed25519 public key in PEM form (or holds a
     *         published key), or the path when it is not a directory
     */
    public static List<PublicKey> load(Path dir) {
        return files(dir).stream().map(file -> read(file, Source.TRUSTED_KEYS).key()).toList();
    }

    private static List<Path> files(Path dir) {
        if (!Files.exists(dir)) {
            return List.of();
        }
        if (!Files.isDirectory(dir)) {
            throw new InvalidLicenseFileException("trusted keys " + dir, "must be a directory of PEM public keys");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pem") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list trusted license keys in " + dir, e);
        }
    }

    private static TrustedKey read(Path file, Source source) {
        String field = "trusted key " + file;
        String pem;
        try {
            pem = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidLicenseFileException(field, "cannot be read (" + e + ")");
        }
        PublicKey key;
        try {
            key = LicenseSigner.publicKeyFromPem(pem);
        } catch (InvalidLicenseFileException e) {
            throw new InvalidLicenseFileException(field, e.reason());
        }
        String fingerprint = LicenseSigner.fingerprint(key);
        if (PUBLISHED_KEYS.contains(fingerprint)) {
            throw new InvalidLicenseFileException(field, "is the former development key (SHA-256 " + fingerprint
                    + "), whose private half was published: anyone can sign with it. Delete this file");
        }
        return new TrustedKey(key, fingerprint, source, file);
    }
}
