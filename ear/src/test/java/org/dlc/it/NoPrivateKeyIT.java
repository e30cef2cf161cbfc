package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dlc.license.LicenseSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build check: no private key in the repository, in the tools jar or in the EAR. Runs in {@code ./mvnw verify}
 * after packaging, without a server. A development key belongs in the data directory, generated there.
 */
class NoPrivateKeyIT {

    private static final KeyPair KEY = LicenseSigner.generateKeyPair();
    private static final String PRIVATE_PEM = LicenseSigner.toPem(KEY.getPrivate());

    @TempDir
    Path dir;

    @Test
    void no_file_of_the_repository_holds_a_private_key() {
        List<Path> files = PrivateKeys.repositoryFiles(Server.PROJECT_DIR);
        assertTrue(files.contains(Server.PROJECT_DIR.resolve("pom.xml")), "the scan must see the repository: " + files);
        assertEquals(List.of(), PrivateKeys.filesWithPrivateKeys(files),
                "private keys in the repository: remove them, and replace any key that was ever committed");
    }

    @Test
    void neither_the_tools_jar_nor_the_ear_holds_a_private_key() throws IOException {
        Path ear = Server.PROJECT_DIR.resolve("ear/target/dlc.ear");
        List<Path> toolJars;
        try (Stream<Path> jars = Files.list(Server.PROJECT_DIR.resolve("tools/target"))) {
            toolJars = jars.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        assertTrue(Files.isRegularFile(ear), ear + " must be built before the check");
        assertTrue(toolJars.stream().anyMatch(f -> f.getFileName().toString().endsWith("-all.jar")),
                "the executable tools jar must be built before the check: " + toolJars);
        for (Path archive : concat(toolJars, ear)) {
            assertEquals(List.of(), PrivateKeys.inArchive(archive), "private keys in " + archive);
        }
    }

    @Test
    void the_check_finds_a_private_key_in_a_file_and_in_an_archive_nested_in_an_archive() throws IOException {
        assertTrue(PrivateKeys.containsPrivateKey(PRIVATE_PEM.getBytes(StandardCharsets.US_ASCII)));
        Path keyFile = Files.writeString(dir.resolve("key.pem"), "# a key\n" + PRIVATE_PEM);
        Path other = Files.writeString(dir.resolve("README.md"), "no key here\n");
        assertEquals(List.of(keyFile), PrivateKeys.filesWithPrivateKeys(List.of(keyFile, other)));

        Path ear = dir.resolve("app.ear");
        try (ZipOutputStream outer = new ZipOutputStream(Files.newOutputStream(ear))) {
            outer.putNextEntry(new ZipEntry("META-INF/application.xml"));
            outer.write("<application/>".getBytes(StandardCharsets.UTF_8));
            outer.putNextEntry(new ZipEntry("lib/tools.jar"));
            outer.write(jar("org/dlc/tools/dev-license-key.pem", PRIVATE_PEM));
        }
        assertEquals(List.of(ear + "!lib/tools.jar!org/dlc/tools/dev-license-key.pem"), PrivateKeys.inArchive(ear));
    }

    @Test
    void the_check_finds_other_kinds_of_private_keys_and_keys_written_as_string_literals() {
        String body = PRIVATE_PEM.lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
        for (String kind : List.of("RSA PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "OPENSSH PRIVATE KEY")) {
            assertTrue(found("-----BEGIN " + kind + "-----\n" + body + "\n-----END " + kind + "-----\n"), kind);
        }
        assertTrue(found("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00FF\n\n"
                + body + "\n-----END RSA PRIVATE KEY-----\n"), "legacy encrypted PEM");
        assertTrue(found("String key = \"-----BEGIN PRIVATE KEY-----\\n\"\n        + \"" + body + "\\n\""),
                "a key in a Java string literal");
    }

    @Test
    void the_check_ignores_public_keys_and_mentions_of_the_marker() {
        assertFalse(found(LicenseSigner.toPem(KEY.getPublic())));
        assertFalse(found("- private key: PKCS#8, `-----BEGIN PRIVATE KEY-----`; kept by the license issuer only;\n"
                + "- see ejb/src/main/java/org/dlc/license/LicenseSigner.java and docs/license-file.md\n"));
        assertFalse(found("return \"-----BEGIN \" + type + \"-----\\n\" + base64 + \"\\n-----END \" + type;"));
    }

    private static boolean found(String text) {
        return PrivateKeys.containsPrivateKey(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] jar(String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream jar = new ZipOutputStream(bytes)) {
            jar.putNextEntry(new ZipEntry(entry));
            jar.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static List<Path> concat(List<Path> paths, Path last) {
        return Stream.concat(paths.stream(), Stream.of(last)).toList();
    }
}
