package org.dlc.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import org.dlc.license.TrustedLicenseKeys.Source;
import org.dlc.license.TrustedLicenseKeys.TrustedKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which keys a server trusts: its trusted-keys directory always, the development key only in development mode. */
class TrustedLicenseKeysTest {

    /**
     * The development key's public half as it was committed to the repository until issue 11 (its private half was
     * committed too, so anyone can sign with it), and its fingerprint as
     * {@code openssl pkey -pubin -outform DER | sha256sum} prints it.
     */
    private static final String PUBLISHED_KEY_PEM = """
            -----BEGIN PUBLIC KEY-----
            MCowBQYDK2VwAyEA+rckyQc/8WHzJJnrcojKyXCKuebFeyspduLOI28SU7c=
            -----END PUBLIC KEY-----
            """;
    private static final String PUBLISHED_KEY_FINGERPRINT =
            "c8d64c323209faee1c7282cd7942c215e4d8d26b87bc87be069d2ecd0fe2a8dd";

    private static final KeyPair ISSUER = LicenseSigner.generateKeyPair();

    @TempDir
    Path dataDir;

    private Path issuerFile;
    private PublicKey developmentKey;

    @BeforeEach
    void aServerWithTheIssuersKeyAndADevelopmentKey() throws IOException {
        issuerFile = Files.createDirectories(dataDir.resolve("trusted-keys")).resolve("issuer.pem");
        Files.writeString(issuerFile, LicenseSigner.toPem(ISSUER.getPublic()));
        assertTrue(DevelopmentKey.createIfAbsent(dataDir));
        developmentKey = LicenseSigner.publicKeyFromPem(Files.readString(DevelopmentKey.publicKeyFile(dataDir)));
    }

    @Nested
    class TheTrustRule {

        @Test
        void in_development_mode_the_development_key_is_trusted_after_the_trusted_keys_directory() {
            List<TrustedKey> keys = TrustedLicenseKeys.of(dataDir, true);

            assertEquals(List.of(ISSUER.getPublic(), developmentKey), keys.stream().map(TrustedKey::key).toList());
            assertEquals(List.of(Source.TRUSTED_KEYS, Source.DEVELOPMENT), keys.stream().map(TrustedKey::source).toList());
            assertEquals(List.of(issuerFile, dataDir.resolve("development/license-key.pub.pem")),
                    keys.stream().map(TrustedKey::file).toList());
        }

        @Test
        void a_server_not_in_development_mode_ignores_the_development_key_although_the_file_exists() {
            assertTrue(Files.exists(DevelopmentKey.publicKeyFile(dataDir)));

            assertEquals(List.of(ISSUER.getPublic()),
                    TrustedLicenseKeys.of(dataDir, false).stream().map(TrustedKey::key).toList());
        }

        @Test
        void a_file_signed_with_the_development_key_is_refused_outside_development_mode() {
            PrivateKey signer = KeyFiles.readPrivateKey(DevelopmentKey.privateKeyFile(dataDir));
            LicenseFile file = LicenseFile.parse(LicenseSigner.sign(
                    "format: 1\nsequence: 1\nissued: 2026-12-01\nlicense: 3RD-PARTY-SIP-EXTENSION 5\n", signer));

            file.verify(TrustedLicenseKeys.of(dataDir, true).stream().map(TrustedKey::key).toList());
            InvalidLicenseFileException e = assertThrows(InvalidLicenseFileException.class,
                    () -> file.verify(TrustedLicenseKeys.of(dataDir, false).stream().map(TrustedKey::key).toList()));
            assertEquals("signature: does not verify with any trusted key (tampered, or signed by an unknown key)",
                    e.getMessage());
        }

        @Test
        void development_mode_without_a_development_key_trusts_the_directory_only() throws IOException {
            Files.delete(DevelopmentKey.publicKeyFile(dataDir));

            assertEquals(List.of(Source.TRUSTED_KEYS),
                    TrustedLicenseKeys.of(dataDir, true).stream().map(TrustedKey::source).toList());
        }

        @Test
        void the_published_former_development_key_is_never_trusted_and_its_file_is_named() throws IOException {
            Path published = Files.writeString(dataDir.resolve("trusted-keys/dev-license-key.pub.pem"), PUBLISHED_KEY_PEM);

            for (boolean developmentMode : new boolean[] {true, false}) {
                InvalidLicenseFileException e = assertThrows(InvalidLicenseFileException.class,
                        () -> TrustedLicenseKeys.of(dataDir, developmentMode));
                assertEquals("trusted key " + published + ": is the former development key (SHA-256 "
                        + PUBLISHED_KEY_FINGERPRINT + "), whose private half was published: anyone can sign with it."
                        + " Delete this file", e.getMessage());
            }
        }

        @Test
        void the_listing_shows_each_key_with_fingerprint_source_and_file() {
            LicenseKeyListing listing = LicenseKeyListing.of(dataDir, true);

            assertTrue(listing.developmentMode());
            assertEquals(dataDir.resolve("trusted-keys").toString(), listing.trustedKeysDirectory());
            assertEquals(dataDir.resolve("development/license-key.pub.pem").toString(), listing.developmentKeyFile());
            assertEquals(List.of(
                    new LicenseKeyListing.Key(LicenseSigner.fingerprint(ISSUER.getPublic()), "trusted-keys",
                            issuerFile.toString()),
                    new LicenseKeyListing.Key(LicenseSigner.fingerprint(developmentKey), "development",
                            DevelopmentKey.publicKeyFile(dataDir).toString())), listing.keys());
            assertFalse(LicenseKeyListing.of(dataDir, false).developmentMode());
            assertEquals(1, LicenseKeyListing.of(dataDir, false).keys().size());
        }
    }

    @Nested
    class Fingerprints {

        @Test
        void a_fingerprint_is_the_sha256_of_the_public_key_encoding_as_openssl_computes_it() {
            assertEquals(PUBLISHED_KEY_FINGERPRINT, LicenseSigner.fingerprint(LicenseSigner.publicKeyFromPem(PUBLISHED_KEY_PEM)));
        }

        @Test
        void a_fingerprint_is_stable_through_pem_and_differs_between_keys() {
            String fingerprint = LicenseSigner.fingerprint(ISSUER.getPublic());

            assertEquals(fingerprint, LicenseSigner.fingerprint(
                    LicenseSigner.publicKeyFromPem("# comment\n" + LicenseSigner.toPem(ISSUER.getPublic()))));
            assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);
            assertNotEquals(fingerprint, LicenseSigner.fingerprint(developmentKey));
        }
    }

    @Nested
    class TheDevelopmentKeyPair {

        @Test
        void is_generated_once_and_never_overwritten() throws IOException {
            Path privateFile = DevelopmentKey.privateKeyFile(dataDir);
            String privatePem = Files.readString(privateFile);
            String publicPem = Files.readString(DevelopmentKey.publicKeyFile(dataDir));

            assertFalse(DevelopmentKey.createIfAbsent(dataDir));

            assertEquals(privatePem, Files.readString(privateFile));
            assertEquals(publicPem, Files.readString(DevelopmentKey.publicKeyFile(dataDir)));
            assertEquals(dataDir.resolve("development/license-key.pem"), privateFile);
        }

        @Test
        void its_private_key_is_readable_by_its_owner_only_and_signs_for_its_public_key() throws IOException {
            Path privateFile = DevelopmentKey.privateKeyFile(dataDir);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(privateFile)));

            String signed = LicenseSigner.sign("format: 1\nsequence: 1\nissued: 2026-12-01\n",
                    KeyFiles.readPrivateKey(privateFile));
            LicenseFile.parse(signed).verify(List.of(developmentKey));
        }

        @Test
        void half_a_pair_is_not_repaired_but_named() throws IOException {
            Files.delete(DevelopmentKey.publicKeyFile(dataDir));

            IllegalStateException e = assertThrows(IllegalStateException.class, () -> DevelopmentKey.createIfAbsent(dataDir));
            assertEquals(DevelopmentKey.privateKeyFile(dataDir) + " exists without " + DevelopmentKey.publicKeyFile(dataDir)
                    + ": restore the missing half, or delete the remaining one to get a new key pair (files signed with"
                    + " the old key are then no longer accepted)", e.getMessage());
        }

        @Test
        void a_missing_private_key_file_is_named() {
            Path missing = dataDir.resolve("nowhere.pem");
            InvalidLicenseFileException e = assertThrows(InvalidLicenseFileException.class,
                    () -> KeyFiles.readPrivateKey(missing));
            assertEquals("private key " + missing + ": no such file", e.getMessage());
        }
    }
}
