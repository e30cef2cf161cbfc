package org.dlc.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.dlc.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportKeysTest {

    private static final byte[] DOCUMENT = "{\"extensions\":[]}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path data;

    @Test
    void the_key_is_generated_once_with_its_private_half_readable_by_the_owner_only() throws Exception {
        ExportKeys first = ExportKeys.loadOrCreate(data);
        ExportKeys again = ExportKeys.loadOrCreate(data);
        assertEquals(first.fingerprint(), again.fingerprint());
        assertEquals(64, first.fingerprint().length(), "SHA-256 in hex");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve("export-key/export-key.pem"))));
        assertTrue(first.publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    @Test
    void a_signed_document_verifies_and_an_edited_one_is_refused() {
        ExportKeys keys = ExportKeys.loadOrCreate(data);
        ExportSignature signature = keys.sign(DOCUMENT);
        keys.verify(DOCUMENT, signature);

        byte[] edited = "{\"extensions\":[1]}".getBytes(StandardCharsets.UTF_8);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> keys.verify(edited, signature));
        assertEquals("signature", refused.field());
        assertEquals("signature: does not match the document: it was changed after key " + keys.fingerprint()
                + " signed it", refused.getMessage());
        assertEquals("signature", assertThrows(InvalidInputException.class, () -> keys.verify(DOCUMENT, null)).field());
    }

    @Test
    void another_server_s_export_is_trusted_only_once_its_key_is_installed() throws Exception {
        ExportKeys ours = ExportKeys.loadOrCreate(data.resolve("ours"));
        ExportKeys theirs = ExportKeys.loadOrCreate(data.resolve("theirs"));
        assertNotEquals(ours.fingerprint(), theirs.fingerprint());
        ExportSignature signature = theirs.sign(DOCUMENT);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ours.verify(DOCUMENT, signature));
        assertTrue(refused.getMessage().contains("which this server does not trust"), refused.getMessage());

        Path trusted = Files.createDirectories(data.resolve("ours").resolve(ExportKeys.TRUSTED_DIRECTORY));
        Files.writeString(trusted.resolve("theirs.pem"), theirs.publicKeyPem());
        ours.verify(DOCUMENT, signature);
    }
}
