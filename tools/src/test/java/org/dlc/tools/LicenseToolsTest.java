package org.dlc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The license tools, run as on the command line: keys, signing, and checking as a server would. */
class LicenseToolsTest {

    /** The public half of the bundled development key, which development and test servers trust. */
    private static final Path DEV_PUBLIC_KEY = Path.of("../ear/src/main/wildfly/dev-license-key.pub.pem");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static int tools(String... args) {
        return new CommandLine(new DlcTools()).execute(args);
    }

    private int verify(String... args) {
        CommandLine verify = new CommandLine(new LicenseVerifyCommand());
        verify.setOut(new PrintWriter(out, true));
        verify.setErr(new PrintWriter(err, true));
        return verify.execute(args);
    }

    private Path sign(String key, int sequence, int count, String name) {
        Path file = dir.resolve(name);
        String[] keyArgs = key == null ? new String[0] : new String[] {"--key", key};
        String[] args = concat(new String[] {"license-sign"}, keyArgs, new String[] {"--sequence",
            String.valueOf(sequence), "--issued", "2026-11-25", "--count", "3RD-PARTY-SIP-EXTENSION=" + count,
            "--out", file.toString()});
        assertEquals(0, tools(args));
        return file;
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    private Path keyPair() {
        Path keys = dir.resolve("keys");
        assertEquals(0, tools("license-keygen", "--out-dir", keys.toString()));
        return keys;
    }

    @Test
    void a_file_signed_with_a_new_key_pair_verifies_with_its_public_key() {
        Path keys = keyPair();
        Path file = sign(keys.resolve("license-key.pem").toString(), 42, 50, "site.license");

        assertEquals(0, verify("--trusted", keys.resolve("license-key.pub.pem").toString(), file.toString()));
        assertEquals("OK " + file + ": sequence 42, issued 2026-11-25, 3RD-PARTY-SIP-EXTENSION 50\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void the_bundled_development_key_is_trusted_by_development_servers() {
        Path file = sign(null, 1, 5, "dev.license");
        assertEquals(0, verify("--trusted", DEV_PUBLIC_KEY.toString(), file.toString()), err.toString());
    }

    @Test
    void a_file_signed_with_the_development_key_is_rejected_by_a_server_trusting_only_its_own_key() {
        Path keys = keyPair();
        Path file = sign(null, 1, 5, "dev.license");

        assertEquals(1, verify("--trusted", keys.resolve("license-key.pub.pem").toString(), file.toString()));
        assertEquals("license-verify: " + file + " is rejected: signature: does not verify with any trusted key"
                + " (tampered, or signed by an unknown key)\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void a_tampered_file_is_rejected() throws IOException {
        Path file = sign(null, 1, 5, "dev.license");
        Files.writeString(file, Files.readString(file).replace("EXTENSION 5", "EXTENSION 500"));

        assertEquals(1, verify("--trusted", DEV_PUBLIC_KEY.toString(), file.toString()));
        assertEquals("license-verify: " + file + " is rejected: signature: does not verify with any trusted key"
                + " (tampered, or signed by an unknown key)\n", err.toString());
    }

    @Test
    void an_older_sequence_than_the_installed_file_is_rejected() {
        Path installed = sign(null, 5, 10, "installed.license");
        Path older = sign(null, 3, 99, "older.license");

        assertEquals(1, verify("--trusted", DEV_PUBLIC_KEY.toString(), "--installed", installed.toString(),
                older.toString()));
        assertEquals("license-verify: " + older + " is rejected: sequence: 3 is not newer than the installed"
                + " file's 5\n", err.toString());
        assertEquals(0, verify("--trusted", DEV_PUBLIC_KEY.toString(), "--installed", older.toString(),
                installed.toString()));
    }

    @Test
    void a_directory_of_trusted_keys_is_read_as_a_server_reads_it() throws IOException {
        Path trusted = Files.createDirectory(dir.resolve("trusted-keys"));
        Files.copy(DEV_PUBLIC_KEY, trusted.resolve("dev-license-key.pub.pem"));
        Path file = sign(null, 1, 5, "dev.license");
        assertEquals(0, verify("--trusted", trusted.toString(), file.toString()), err.toString());
    }

    @Test
    void a_private_key_given_as_trusted_key_is_refused() {
        Path keys = keyPair();
        Path file = sign(null, 1, 5, "dev.license");
        Path privateKey = keys.resolve("license-key.pem");

        assertEquals(1, verify("--trusted", privateKey.toString(), file.toString()));
        assertEquals("license-verify: trusted key " + privateKey + ": must be PEM: -----BEGIN PUBLIC KEY-----,"
                + " base64, -----END PUBLIC KEY-----; this is a private key, which must never be given to a server\n",
                err.toString());
    }

    @Test
    void a_missing_license_file_is_named() {
        Path missing = dir.resolve("missing.license");
        assertEquals(1, verify("--trusted", DEV_PUBLIC_KEY.toString(), missing.toString()));
        assertEquals("license-verify: " + missing + ": no such file\n", err.toString());
    }

    @Test
    void an_unsigned_file_is_rejected() throws IOException {
        Path file = Files.writeString(dir.resolve("unsigned.license"),
                "format: 1\nsequence: 1\nissued: 2026-11-25\nlicense: 3RD-PARTY-SIP-EXTENSION 5\n");
        assertEquals(1, verify("--trusted", DEV_PUBLIC_KEY.toString(), file.toString()));
        assertEquals("license-verify: " + file + " is rejected: signature: missing (the file is unsigned)\n",
                err.toString());
    }

    @Test
    void without_trusted_keys_the_command_line_is_refused() {
        assertEquals(2, verify("some.license"));
        assertTrue(err.toString().startsWith("Missing required option: '--trusted=FILE'"), err.toString());
    }
}
