package org.dlc.license;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code GET /api/license/keys} and the Licenses page show: whether the server is in development mode, where
 * it reads its keys from, and every key it trusts with its fingerprint and source.
 *
 * @param developmentMode    the server trusts the development key (never in production)
 * @param trustedKeysDirectory where an operator installs the license issuer's public key
 * @param developmentKeyFile the development public key file, trusted only in development mode
 * @param keys               the keys trusted now, in the order {@link TrustedLicenseKeys#of} gives
 */
public record LicenseKeyListing(boolean developmentMode, String trustedKeysDirectory, String developmentKeyFile,
                                List<Key> keys) {

    /** @param source {@code trusted-keys} or {@code development} */
    public record Key(String fingerprint, String source, String file) {
    }

    public static LicenseKeyListing of(Path dataDir, boolean developmentMode) {
        return new LicenseKeyListing(developmentMode, dataDir.resolve(TrustedLicenseKeys.DIRECTORY_NAME).toString(),
                DevelopmentKey.publicKeyFile(dataDir).toString(),
                TrustedLicenseKeys.of(dataDir, developmentMode).stream()
                        .map(k -> new Key(k.fingerprint(), k.source().label(), k.file().toString())).toList());
    }
}
