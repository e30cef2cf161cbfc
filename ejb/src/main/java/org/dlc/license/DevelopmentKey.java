package org.dlc.license;

import java.nio.file.Path;

/**
 * The development license key: a key pair generated on the developer's machine, under the data directory
 * ({@code <data dir>/development/license-key.pem} and {@code license-key.pub.pem}), by the run command and the
 * integration tests, never in the repository. The demo and the tests sign their license files with it; a server
 * trusts it only in development mode (see {@link TrustedLicenseKeys#of(Path, boolean)}).
 */
public final class DevelopmentKey {

    /** The directory under the data directory. */
    public static final String DIRECTORY_NAME = "development";
    /** The same file names as {@code license-keygen} writes. */
    public static final String PRIVATE_KEY_FILE = "license-key.pem";
    public static final String PUBLIC_KEY_FILE = "license-key.pub.pem";

    private DevelopmentKey() {
    }

    public static Path privateKeyFile(Path dataDir) {
        return dataDir.resolve(DIRECTORY_NAME).resolve(PRIVATE_KEY_FILE);
    }

    public static Path publicKeyFile(Path dataDir) {
        return dataDir.resolve(DIRECTORY_NAME).resolve(PUBLIC_KEY_FILE);
    }

    /** Generates the pair unless it exists (see {@link KeyFiles#createPairIfAbsent}); @return true when new */
    public static boolean createIfAbsent(Path dataDir) {
        return KeyFiles.createPairIfAbsent(privateKeyFile(dataDir), publicKeyFile(dataDir));
    }
}
