package org.dlc.license;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlc.shared.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LicenseFileTest {

    private static final KeyPair ISSUER = LicenseSigner.generateKeyPair();
    private static final KeyPair STRANGER = LicenseSigner.generateKeyPair();
    private static final List<PublicKey> TRUSTED = List.of(ISSUER.getPublic());

    private static final String TAG = "3RD-PARTY-SIP-EXTENSION";

    private static final String CONTENT = """
            # DECT License Control license file
            format: 1
            sequence: 42
            issued: 2026-11-25
            license: 3RD-PARTY-SIP-EXTENSION 50
            """;

    private static String signed(String content) {
        return LicenseSigner.sign(content, ISSUER.getPrivate());
    }

    private static String file(int sequence, String licenseLine) {
        return "format: 1\nsequence: " + sequence + "\nissued: 2026-11-25\n" + licenseLine + "\n";
    }

    /** Parses (and, when the form is right, verifies) a file; @return the rejection message */
    private static String rejection(String text) {
        InvalidLicenseFileException e = assertThrows(InvalidLicenseFileException.class,
                () -> LicenseFile.parse(text).verify(TRUSTED));
        return e.getMessage();
    }

    @Nested
    class Reading {

        @Test
        void a_signed_file_yields_its_sequence_issue_date_and_counts() {
            LicenseFile file = LicenseFile.parse(signed(CONTENT));
            assertEquals(42, file.sequence());
            assertEquals(LocalDate.of(2026, 11, 25), file.issued());
            assertEquals(Map.of(TAG, 50), file.counts());
            assertEquals(50, file.allowed(TAG));
        }

        @Test
        void a_tag_the_file_does_not_list_allows_none() {
            assertEquals(0, LicenseFile.parse(signed(CONTENT)).allowed("SIP-EXTENSION"));
        }

        @Test
        void counts_keep_the_file_order() {
            LicenseFile file = LicenseFile.parse(signed(file(1, "license: B-TAG 2\nlicense: A-TAG 1\nlicense: C 3")));
            Map<String, Integer> expected = new LinkedHashMap<>();
            expected.put("B-TAG", 2);
            expected.put("A-TAG", 1);
            expected.put("C", 3);
            assertEquals(List.copyOf(expected.entrySet()), List.copyOf(file.counts().entrySet()));
        }

        @Test
        void a_file_without_license_lines_allows_nothing() {
            LicenseFile file = LicenseFile.parse(signed("format: 1\nsequence: 7\nissued: 2026-01-01\n"));
            assertEquals(Map.of(), file.counts());
            assertEquals(0, file.allowed(TAG));
        }

        @Test
        void the_text_is_kept_exactly_as_given() {
            String text = signed(CONTENT).replace("\n", "\r\n") + "\r\n\r\n";
            assertEquals(text, LicenseFile.parse(text).text());
        }

        @Test
        void the_signed_content_is_every_line_before_the_signature_each_ended_by_a_newline() {
            LicenseFile file = LicenseFile.parse(signed(CONTENT));
            assertArrayEquals(CONTENT.getBytes(StandardCharsets.UTF_8), file.signedContent());
            assertEquals(64, file.signature().length);
        }

        @Test
        void a_signed_file_is_the_content_followed_by_one_signature_line() {
            String text = signed(CONTENT);
            assertTrue(text.startsWith(CONTENT), text);
            assertTrue(text.substring(CONTENT.length()).matches("signature: ed25519:[A-Za-z0-9+/]{86}==\n"), text);
        }

        @Test
        void blank_and_comment_lines_are_allowed_and_signed() {
            String text = signed("# issued for site A\n\nformat: 1\n  # indented comment\nsequence: 1\n\n"
                    + "issued: 2026-11-25\nlicense: 3RD-PARTY-SIP-EXTENSION 5\n");
            assertDoesNotThrow(() -> LicenseFile.parse(text).verify(TRUSTED));
            assertEquals("signature: does not verify with any trusted key (tampered, or signed by an unknown key)",
                    rejection(text.replace("site A", "site B")));
            assertEquals("signature: does not verify with any trusted key (tampered, or signed by an unknown key)",
                    rejection(text.replace("\n\nformat", "\nformat")));
        }

        @Test
        void spaces_around_fields_and_values_are_allowed() {
            LicenseFile file = LicenseFile.parse(signed(
                    "format:1\n  sequence :  9  \nissued: 2026-11-25\nlicense:   3RD-PARTY-SIP-EXTENSION\t 12\n"));
            assertEquals(9, file.sequence());
            assertEquals(12, file.allowed(TAG));
        }

        @Test
        void a_byte_order_mark_is_ignored() {
            String text = "\uFEFF" + signed(CONTENT);
            assertDoesNotThrow(() -> LicenseFile.parse(text).verify(TRUSTED));
        }
    }

    @Nested
    class Signature {

        @Test
        void a_file_signed_by_a_trusted_key_is_accepted() {
            assertDoesNotThrow(() -> LicenseFile.parse(signed(CONTENT)).verify(TRUSTED));
        }

        @Test
        void a_tampered_count_is_rejected() {
            String tampered = signed(CONTENT).replace("EXTENSION 50", "EXTENSION 500");
            assertEquals(500, LicenseFile.parse(tampered).allowed(TAG));
            assertEquals("signature: does not verify with any trusted key (tampered, or signed by an unknown key)",
                    rejection(tampered));
        }

        @Test
        void a_tampered_sequence_is_rejected() {
            assertEquals("signature: does not verify with any trusted key (tampered, or signed by an unknown key)",
                    rejection(signed(CONTENT).replace("sequence: 42", "sequence: 43")));
        }

        @Test
        void an_unsigned_file_is_rejected() {
            InvalidLicenseFileException e = assertThrows(InvalidLicenseFileException.class,
                    () -> LicenseFile.parse(CONTENT));
            assertEquals("signature: missing (the file is unsigned)", e.getMessage());
            assertEquals("signature", e.field());
        }

        @Test
        void unknown_key_is_rejected() {
            String text = LicenseSigner.sign(CONTENT, STRANGER.getPrivate());
            assertEquals("signature: does not verify with any trusted key (tampered, or signed by an unknown key)",
                    rejection(text));
        }

        @Test
        void any_one_of_several_trusted_keys_is_enough() {
            String text = signed(CONTENT);
            assertDoesNotThrow(() -> LicenseFile.parse(text).verify(List.of(STRANGER.getPublic(), ISSUER.getPublic())));
        }

        @Test
        void with_no_trusted_key_configured_every_file_is_rejected() {
            InvalidLicenseFileException e = assertThrows(InvalidLicenseFileException.class,
                    () -> LicenseFile.parse(signed(CONTENT)).verify(List.of()));
            assertEquals("signature: no trusted license keys configured (the server trusts the PEM public keys in"
                    + " <data dir>/trusted-keys)", e.getMessage());
        }

        @Test
        void crlf_line_endings_verify() {
            String crlf = signed(CONTENT).replace("\n", "\r\n");
            assertDoesNotThrow(() -> LicenseFile.parse(crlf).verify(TRUSTED));
        }

        @Test
        void a_file_signed_with_crlf_line_endings_verifies_with_lf() {
            String text = LicenseSigner.sign(CONTENT.replace("\n", "\r\n"), ISSUER.getPrivate());
            assertEquals(-1, text.indexOf('\r'));
            assertDoesNotThrow(() -> LicenseFile.parse(text).verify(TRUSTED));
        }

        @Test
        void blank_lines_may_follow_the_signature() {
            assertDoesNotThrow(() -> LicenseFile.parse(signed(CONTENT) + "\n  \n").verify(TRUSTED));
        }

        @Test
        void nothing_else_may_follow_the_signature() {
            assertEquals("line 7: nothing may follow the signature line except blank lines",
                    rejection(signed(CONTENT) + "license: EXTRA 5\n"));
            assertEquals("line 8: nothing may follow the signature line except blank lines",
                    rejection(signed(CONTENT) + "\n# comment\n"));
        }

        @Test
        void a_signature_of_another_scheme_is_rejected() {
            assertEquals("signature: must be 'ed25519:<base64 of the 64-byte Ed25519 signature>'",
                    rejection(CONTENT + "signature: rsa:AAAA\n"));
        }

        @Test
        void a_signature_that_is_not_base64_is_rejected() {
            assertEquals("signature: must be 'ed25519:<base64 of the 64-byte Ed25519 signature>'; the base64 is"
                    + " malformed", rejection(CONTENT + "signature: ed25519:not*base64\n"));
        }

        @Test
        void a_signature_of_the_wrong_length_is_rejected() {
            assertEquals("signature: must be 'ed25519:<base64 of the 64-byte Ed25519 signature>'; it has 3 bytes",
                    rejection(CONTENT + "signature: ed25519:AAAA\n"));
        }

        @Test
        void signing_again_replaces_the_old_signature() {
            String resigned = LicenseSigner.sign(signed(CONTENT), STRANGER.getPrivate());
            assertEquals(1, resigned.lines().filter(line -> line.startsWith("signature:")).count());
            assertDoesNotThrow(() -> LicenseFile.parse(resigned).verify(List.of(STRANGER.getPublic())));
            assertEquals("signature: does not verify with any trusted key (tampered, or signed by an unknown key)",
                    rejection(resigned));
        }

        @Test
        void a_signature_in_a_comment_is_only_a_comment() {
            assertEquals("signature: missing (the file is unsigned)",
                    rejection(CONTENT + "# signature: ed25519:AAAA\n"));
        }
    }

    @Nested
    class Sequence {

        private final LicenseFile installed = LicenseFile.parse(signed(file(5, "license: " + TAG + " 10")));

        @Test
        void an_older_sequence_is_rejected_and_names_both_sequences() {
            LicenseFile older = LicenseFile.parse(signed(file(3, "license: " + TAG + " 99")));
            InvalidLicenseFileException e = assertThrows(InvalidLicenseFileException.class,
                    () -> older.checkNewerThan(installed));
            assertEquals("sequence: 3 is not newer than the installed file's 5", e.getMessage());
        }

        @Test
        void the_same_sequence_is_rejected() {
            LicenseFile same = LicenseFile.parse(signed(file(5, "license: " + TAG + " 99")));
            InvalidLicenseFileException e = assertThrows(InvalidLicenseFileException.class,
                    () -> same.checkNewerThan(installed));
            assertEquals("sequence: 5 is not newer than the installed file's 5", e.getMessage());
        }

        @Test
        void a_newer_sequence_is_accepted_even_with_a_lower_count() {
            LicenseFile newer = LicenseFile.parse(signed(file(6, "license: " + TAG + " 1")));
            assertDoesNotThrow(() -> newer.checkNewerThan(installed));
        }

        @Test
        void with_no_file_installed_any_sequence_is_accepted() {
            LicenseFile first = LicenseFile.parse(signed(file(1, "")));
            assertDoesNotThrow(() -> first.checkNewerThan(null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "2147483648", "99999999999", "+5", "4.2", "forty-two", ""})
        void a_sequence_that_is_not_an_integer_1_to_2147483647_is_rejected(String sequence) {
            assertEquals("sequence: must be an integer 1..2147483647",
                    rejection(signed("format: 1\nsequence: " + sequence + "\nissued: 2026-11-25\n")));
        }

        @Test
        void the_largest_sequence_is_accepted() {
            assertEquals(Integer.MAX_VALUE, LicenseFile.parse(signed(file(Integer.MAX_VALUE, ""))).sequence());
        }
    }

    @Nested
    class Form {

        @ParameterizedTest
        @ValueSource(strings = {"-1", "1000001", "2147483648", "fifty", "5x", "+1"})
        void a_count_out_of_range_names_the_field_and_range(String count) {
            assertEquals("license count for 3RD-PARTY-SIP-EXTENSION: must be 0..1000000",
                    rejection(signed(file(1, "license: 3RD-PARTY-SIP-EXTENSION " + count))));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 1_000_000})
        void the_count_limits_are_accepted(int count) {
            assertEquals(count, LicenseFile.parse(signed(file(1, "license: " + TAG + " " + count))).allowed(TAG));
        }

        @ParameterizedTest
        @ValueSource(strings = {"3rd-party-sip-extension", "-EXT", "EXT_1", "A123456789012345678901234567890123456789"
                + "012345678901234567890123X"})
        void a_tag_of_other_than_capitals_digits_and_dashes_is_rejected(String tag) {
            assertEquals("license tag on line 4: must be 1..64 capitals, digits and '-', not starting with '-'"
                    + " ([A-Z0-9][A-Z0-9-]{0,63})", rejection(signed(file(1, "license: " + tag + " 5"))));
        }

        @Test
        void a_tag_of_64_characters_is_accepted() {
            String tag = "T" + "-".repeat(62) + "9";
            assertEquals(3, LicenseFile.parse(signed(file(1, "license: " + tag + " 3"))).allowed(tag));
        }

        @Test
        void a_duplicate_tag_is_rejected() {
            assertEquals("license 3RD-PARTY-SIP-EXTENSION: appears twice (lines 4 and 5)",
                    rejection(signed(file(1, "license: " + TAG + " 5\nlicense: " + TAG + " 5"))));
        }

        @Test
        void a_license_line_needs_a_tag_and_a_count() {
            assertEquals("line 4: must be 'license: TAG COUNT', e.g. 'license: 3RD-PARTY-SIP-EXTENSION 50'",
                    rejection(signed(file(1, "license: " + TAG))));
        }

        @Test
        void format_sequence_and_issued_are_mandatory() {
            assertEquals("format: missing (must be 1)",
                    rejection(signed("sequence: 1\nissued: 2026-11-25\n")));
            assertEquals("sequence: missing (must be an integer 1..2147483647)",
                    rejection(signed("format: 1\nissued: 2026-11-25\n")));
            assertEquals("issued: missing (must be a date YYYY-MM-DD)",
                    rejection(signed("format: 1\nsequence: 1\n")));
        }

        @Test
        void a_mandatory_field_may_appear_only_once() {
            assertEquals("sequence: appears twice (again on line 4)",
                    rejection(signed("format: 1\nsequence: 1\nissued: 2026-11-25\nsequence: 2\n")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2", "0", "1.0", "one"})
        void only_format_1_is_read(String format) {
            assertEquals("format: must be 1 (the only format this server reads)",
                    rejection(signed("format: " + format + "\nsequence: 1\nissued: 2026-11-25\n")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-02-30", "25.11.2026", "2026-11-25T10:00", "+2026-11-25", "26-11-25", ""})
        void an_issue_date_that_is_not_a_real_day_as_YYYY_MM_DD_is_rejected(String issued) {
            assertEquals("issued: must be a date YYYY-MM-DD",
                    rejection(signed("format: 1\nsequence: 1\nissued: " + issued + "\n")));
        }

        @Test
        void an_unknown_field_is_rejected_naming_the_line() {
            assertEquals("line 3: unknown field 'expires' (fields: format, sequence, issued, license, signature)",
                    rejection(signed("format: 1\nsequence: 1\nexpires: 2027-01-01\nissued: 2026-11-25\n")));
        }

        @Test
        void a_line_that_is_not_a_field_is_rejected_naming_the_line() {
            assertEquals("line 2: must be 'field: value' (fields: format, sequence, issued, license, signature),"
                    + " a comment starting with # or blank",
                    rejection(signed("format: 1\nsequence 1\nissued: 2026-11-25\n")));
        }

        @Test
        void an_empty_file_is_rejected() {
            assertEquals("license file: is empty (expected the text format of docs/license-file.md)",
                    rejection(" \n"));
        }

        @Test
        void a_file_larger_than_64_KiB_is_rejected() {
            String big = signed(CONTENT + ("#" + "x".repeat(99) + "\n").repeat(656));
            assertTrue(big.length() > 65536);
            assertEquals("license file: larger than 65536 bytes", rejection(big));
        }

        @Test
        void a_file_of_exactly_64_KiB_is_accepted() {
            String signedSmall = signed(CONTENT);
            String padding = "#" + "x".repeat(65536 - signedSmall.length() - 2) + "\n";
            String text = signed(CONTENT + padding);
            assertEquals(65536, text.getBytes(StandardCharsets.UTF_8).length);
            assertDoesNotThrow(() -> LicenseFile.parse(text).verify(TRUSTED));
        }

        @Test
        void a_rejection_is_invalid_input_naming_the_field() {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> LicenseFile.parse(signed(file(1, "license: " + TAG + " 1000001"))));
            assertEquals("license count for 3RD-PARTY-SIP-EXTENSION", e.field());
        }
    }

    @Nested
    class Keys {

        @TempDir
        Path dir;

        @Test
        void keys_survive_the_round_trip_through_pem() {
            String publicPem = LicenseSigner.toPem(ISSUER.getPublic());
            String privatePem = LicenseSigner.toPem(ISSUER.getPrivate());
            assertTrue(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"), publicPem);
            assertTrue(publicPem.endsWith("\n-----END PUBLIC KEY-----\n"), publicPem);
            assertTrue(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"), privatePem);
            String text = LicenseSigner.sign(CONTENT, LicenseSigner.privateKeyFromPem("# comment\n" + privatePem));
            assertDoesNotThrow(() -> LicenseFile.parse(text)
                    .verify(List.of(LicenseSigner.publicKeyFromPem("# comment\n" + publicPem))));
        }

        @Test
        void a_private_key_is_not_taken_for_a_public_one() {
            InvalidLicenseFileException e = assertThrows(InvalidLicenseFileException.class,
                    () -> LicenseSigner.publicKeyFromPem(LicenseSigner.toPem(ISSUER.getPrivate())));
            assertEquals("public key: must be PEM: -----BEGIN PUBLIC KEY-----, base64, -----END PUBLIC KEY-----;"
                    + " this is a private key, which must never be given to a server", e.getMessage());
        }

        @Test
        void the_trusted_keys_are_every_pem_file_in_the_directory() throws IOException {
            Files.writeString(dir.resolve("issuer.pem"), LicenseSigner.toPem(ISSUER.getPublic()));
            Files.writeString(dir.resolve("other.pub.pem"), "# second issuer\n" + LicenseSigner.toPem(STRANGER.getPublic()));
            Files.writeString(dir.resolve("README.txt"), "not a key");
            List<PublicKey> keys = TrustedLicenseKeys.load(dir);
            assertEquals(List.of(ISSUER.getPublic(), STRANGER.getPublic()), keys);
        }

        @Test
        void a_missing_trusted_keys_directory_trusts_nothing() {
            assertEquals(List.of(), TrustedLicenseKeys.load(dir.resolve("trusted-keys")));
        }

        @Test
        void a_bad_trusted_key_file_is_named() throws IOException {
            Path bad = dir.resolve("broken.pem");
            Files.writeString(bad, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
            InvalidLicenseFileException e = assertThrows(InvalidLicenseFileException.class,
                    () -> TrustedLicenseKeys.load(dir));
            assertEquals("trusted key " + bad + ": not an Ed25519 public key", e.getMessage());
        }
    }
}
