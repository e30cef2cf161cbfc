package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.dlc.license.LicenseSigner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The test server runs in development mode (as the run command's): it says so at start, in /api/system and on the
 * Licenses page, lists the development key it trusts with its fingerprint, and refuses a file signed by any other
 * key.
 */
class LicenseKeysIT extends ServerTest {

    private static final Path DEVELOPMENT_PUBLIC_KEY = Server.DATA_DIR.toAbsolutePath()
            .resolve("development/license-key.pub.pem");

    private static String operatorPassword;
    private static String readerPassword;

    @BeforeAll
    static void users() {
        operatorPassword = Users.ready("keys-operator", "operator");
        readerPassword = Users.ready("keys-reader", "read-only");
    }

    /** Computed here from the PEM file: SHA-256 over the DER between the markers. */
    private static String developmentKeyFingerprint() throws IOException, NoSuchAlgorithmException {
        String base64 = Files.readString(DEVELOPMENT_PUBLIC_KEY).lines().filter(l -> !l.startsWith("-----"))
                .reduce("", String::concat);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64)));
    }

    @Test
    void the_server_reports_development_mode_in_api_system() {
        JsonObject system = Api.as("keys-reader", readerPassword, () -> Api.get("/api/system")).json();
        assertTrue(system.getBoolean("developmentMode"), system.toString());
    }

    @Test
    void the_server_warned_at_start_that_it_trusts_the_development_key() throws Exception {
        // The key, and so its fingerprint, is new for each test run: an earlier run's log cannot satisfy this.
        String warning = "WARNING [org.dlc.system.Bootstrap]";
        String text = "Development mode (-Ddlc.development=true): license files signed by the development key "
                + DEVELOPMENT_PUBLIC_KEY + " (SHA-256 " + developmentKeyFingerprint() + ") are accepted."
                + " Never use development mode in production.";
        List<String> lines = Files.readAllLines(Server.LOG).stream().filter(l -> l.contains(text)).toList();
        assertTrue(!lines.isEmpty() && lines.stream().allMatch(l -> l.contains(warning)), lines.toString());
    }

    @Test
    void every_person_lists_the_trusted_keys_with_the_development_key_and_its_fingerprint() throws Exception {
        String fingerprint = developmentKeyFingerprint();
        for (String[] user : new String[][] {{Users.ADMIN, Users.adminPassword()},
                {"keys-operator", operatorPassword}, {"keys-reader", readerPassword}}) {
            Api.Reply reply = Api.as(user[0], user[1], () -> Api.get("/api/license/keys"));
            assertEquals(200, reply.status(), user[0] + ": " + reply.body());
            JsonObject listing = reply.json();
            assertTrue(listing.getBoolean("developmentMode"), listing.toString());
            assertEquals(Server.DATA_DIR.toAbsolutePath().resolve("trusted-keys").toString(),
                    listing.getString("trustedKeysDirectory"));
            assertEquals(1, listing.getJsonArray("keys").size(), listing.toString());
            JsonObject key = listing.getJsonArray("keys").getJsonObject(0);
            assertEquals(fingerprint, key.getString("fingerprint"));
            assertEquals("development", key.getString("source"));
            assertEquals(DEVELOPMENT_PUBLIC_KEY.toString(), key.getString("file"));
        }
    }

    @Test
    void a_file_signed_by_a_key_the_server_does_not_trust_is_refused_and_changes_nothing() {
        Licenses.install(7);
        String statusBefore = Api.get("/api/license").body();
        String fileBefore = Api.get("/api/license/file").body();
        JsonObject status = Api.get("/api/license").json();
        String untrusted = LicenseSigner.sign("format: 1\nsequence: " + (status.getInt("fileSequence") + 1)
                + "\nissued: 2026-12-01\nlicense: 3RD-PARTY-SIP-EXTENSION 1000\n",
                LicenseSigner.generateKeyPair().getPrivate());

        Api.Reply refused = Api.put("/api/license/file", "text/plain", untrusted);

        assertEquals(400, refused.status(), refused.body());
        assertEquals("signature", refused.json().getString("field"));
        assertEquals("signature: does not verify with any trusted key (tampered, or signed by an unknown key)",
                refused.json().getString("detail"));
        assertEquals(statusBefore, Api.get("/api/license").body());
        assertEquals(fileBefore, Api.get("/api/license/file").body());
    }

    @Test
    void the_licenses_page_shows_the_development_mode_notice_and_the_trusted_keys() throws Exception {
        String fingerprint = developmentKeyFingerprint();
        try (Browser browser = new Browser().login("keys-reader", readerPassword)) {
            browser.open("/licenses.xhtml");
            assertEquals("Development mode: this server also accepts license files signed by the development key,"
                    + " which the run command generated and anyone with access to this machine's data directory can"
                    + " use. Never use development mode in production.",
                    browser.find(By.id("development-mode")).getText());
            List<String> row = browser.findAll(By.cssSelector("[id='keys'] tbody tr td")).stream()
                    .map(td -> td.getText()).toList();
            assertEquals(List.of(fingerprint, "development", DEVELOPMENT_PUBLIC_KEY.toString()), row);
            browser.screenshot("license-keys");
        }
    }
}
