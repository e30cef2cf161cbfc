package org.dlc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The license tools, run as on the command line: keys, signing, and checking as a server would. */
class LicenseToolsTest {

    @TempDir
    Path dir;

    /** The license issuer's key pair, made by license-keygen for each test. */
    private Path issuer;
    private Path issuerPublicKey;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void issuerKeyPair() {
        issuer = keyPair("issuer").resolve("license-key.pem");
        issuerPublicKey = issuer.resolveSibling("license-key.pub.pem");
    }

    private int tools(String... args) {
        CommandLine tools = new CommandLine(new DlcTools());
        tools.setOut(new PrintWriter(out, true));
        tools.setErr(new PrintWriter(err, true));
        return tools.execute(args);
    }

    private int verify(String... args) {
        CommandLine verify = new CommandLine(new LicenseVerifyCommand());
        verify.setOut(new PrintWriter(out, true));
        verify.setErr(new PrintWriter(err, true));
        return verify.execute(args);
    }

    /** Signs with the issuer's key. */
    private Path sign(int sequence, int count, String name) {
        return sign(issuer, sequence, count, name);
    }

    private Path sign(Path key, int sequence, int count, String name) {
        Path file = dir.resolve(name);
        assertEquals(0, tools("license-sign", "--key", key.toString(), "--sequence", String.valueOf(sequence),
                "--issued", "2026-11-25", "--count", "3RD-PARTY-SIP-EXTENSION=" + count, "--out", file.toString()),
                err.toString());
        return file;
    }

    private Path keyPair(String name) {
        Path keys = dir.resolve(name);
        assertEquals(0, tools("license-keygen", "--out-dir", keys.toString()), err.toString());
        out.getBuffer().setLength(0);
        return keys;
    }

    @Test
    void a_file_signed_with_a_new_key_pair_verifies_with_its_public_key() {
        Path file = sign(42, 50, "site.license");

        assertEquals(0, verify("--trusted", issuerPublicKey.toString(), file.toString()));
        assertEquals("OK " + file + ": sequence 42, issued 2026-11-25, 3RD-PARTY-SIP-EXTENSION 50\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void license_sign_without_a_key_signs_nothing() {
        Path file = dir.resolve("unsigned.license");
        assertEquals(1, tools("license-sign", "--sequence", "1", "--count", "3RD-PARTY-SIP-EXTENSION=5",
                "--out", file.toString()));
        assertEquals("license-sign: no signing key: give --key FILE (a PEM private key) or set DLC_LICENSE_KEY\n",
                err.toString());
        assertFalse(Files.exists(file));
    }

    @Test
    void license_sign_names_a_missing_key_file() {
        Path missing = dir.resolve("missing.pem");
        assertEquals(1, tools("license-sign", "--key", missing.toString(), "--sequence", "1",
                "--count", "3RD-PARTY-SIP-EXTENSION=5"));
        assertEquals("license-sign: private key " + missing + ": no such file\n", err.toString());
    }

    @Test
    void license_keygen_never_overwrites_a_key() throws IOException {
        String privateKey = Files.readString(issuer);
        String publicKey = Files.readString(issuerPublicKey);

        assertEquals(1, tools("license-keygen", "--out-dir", issuer.getParent().toString()));
        assertEquals("license-keygen: " + issuer + " exists: a key is never overwritten (whatever it signed would"
                + " stop being accepted). Choose another --out-dir, or --keep-existing to keep it.\n", err.toString());
        assertEquals(0, tools("license-keygen", "--out-dir", issuer.getParent().toString(), "--keep-existing"));
        assertEquals("Kept the existing key pair " + issuer + ", " + issuerPublicKey + ".\n", out.toString());

        assertEquals(privateKey, Files.readString(issuer));
        assertEquals(publicKey, Files.readString(issuerPublicKey));
    }

    @Test
    void a_file_signed_with_another_key_is_rejected_by_a_server_trusting_only_its_own_key() {
        Path other = keyPair("other").resolve("license-key.pem");
        Path file = sign(other, 1, 5, "other.license");

        assertEquals(1, verify("--trusted", issuerPublicKey.toString(), file.toString()));
        assertEquals("license-verify: " + file + " is rejected: signature: does not verify with any trusted key"
                + " (tampered, or signed by an unknown key)\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void a_tampered_file_is_rejected() throws IOException {
        Path file = sign(1, 5, "site.license");
        Files.writeString(file, Files.readString(file).replace("EXTENSION 5", "EXTENSION 500"));

        assertEquals(1, verify("--trusted", issuerPublicKey.toString(), file.toString()));
        assertEquals("license-verify: " + file + " is rejected: signature: does not verify with any trusted key"
                + " (tampered, or signed by an unknown key)\n", err.toString());
    }

    @Test
    void an_older_sequence_than_the_installed_file_is_rejected() {
        Path installed = sign(5, 10, "installed.license");
        Path older = sign(3, 99, "older.license");

        assertEquals(1, verify("--trusted", issuerPublicKey.toString(), "--installed", installed.toString(),
                older.toString()));
        assertEquals("license-verify: " + older + " is rejected: sequence: 3 is not newer than the installed"
                + " file's 5\n", err.toString());
        assertEquals(0, verify("--trusted", issuerPublicKey.toString(), "--installed", older.toString(),
                installed.toString()));
    }

    @Test
    void a_directory_of_trusted_keys_is_read_as_a_server_reads_it() throws IOException {
        Path trusted = Files.createDirectory(dir.resolve("trusted-keys"));
        Files.copy(issuerPublicKey, trusted.resolve("issuer.pem"));
        Path file = sign(1, 5, "site.license");
        assertEquals(0, verify("--trusted", trusted.toString(), file.toString()), err.toString());
    }

    @Test
    void a_private_key_given_as_trusted_key_is_refused() {
        Path file = sign(1, 5, "site.license");
        Path privateKey = issuer;

        assertEquals(1, verify("--trusted", privateKey.toString(), file.toString()));
        assertEquals("license-verify: trusted key " + privateKey + ": must be PEM: -----BEGIN PUBLIC KEY-----,"
                + " base64, -----END PUBLIC KEY-----; this is a private key, which must never be given to a server\n",
                err.toString());
    }

    @Test
    void a_missing_license_file_is_named() {
        Path missing = dir.resolve("missing.license");
        assertEquals(1, verify("--trusted", issuerPublicKey.toString(), missing.toString()));
        assertEquals("license-verify: " + missing + ": no such file\n", err.toString());
    }

    @Test
    void an_unsigned_file_is_rejected() throws IOException {
        Path file = Files.writeString(dir.resolve("unsigned.license"),
                "format: 1\nsequence: 1\nissued: 2026-11-25\nlicense: 3RD-PARTY-SIP-EXTENSION 5\n");
        assertEquals(1, verify("--trusted", issuerPublicKey.toString(), file.toString()));
        assertEquals("license-verify: " + file + " is rejected: signature: missing (the file is unsigned)\n",
                err.toString());
    }

    @Test
    void without_trusted_keys_the_command_line_is_refused() {
        assertEquals(2, verify("some.license"));
        assertTrue(err.toString().startsWith("Missing required option: '--trusted=FILE'"), err.toString());
    }
}
