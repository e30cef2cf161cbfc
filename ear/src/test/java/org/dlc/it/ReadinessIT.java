package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.dlc.tools.DemoCommand;
import org.dlc.tools.DlcClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The upgrade readiness report against known systems: the demo (the specification's example, loaded on a wiped
 * server), a migration document checked without loading it, and the same document migrated. Numbers exact.
 * Directory numbers 3901..3907 for the document.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadinessIT extends ServerTest {

    /** The demo: third party 6014 and 6309 licensed, 309 passive, 311 blocked, 2135 blank, five Mitel. */
    private static final String DEMO_CSV = """
            section,vendor_model,lim,handsets,licensed,passive,blocked,unidentified,licenses_needed,licenses_free,licenses_to_order\r
            vendor,"Manufacturer: 10, Model: 77",,,1,1,1,,2,,\r
            vendor,"Manufacturer: 202, Model: 89",,,1,0,0,,0,,\r
            lim,,1,10,2,1,1,1,2,,\r
            total,,,10,2,1,1,1,2,0,2\r
            """;

    @BeforeAll
    static void theDemoOnAnEmptySystem() {
        Handsets.eraseAllExtensions();
        Handsets.clearActiveAlarm14();
        DemoCommand.load(new DlcClient(Server.BASE, Users.ADMIN, Users.adminPassword()), Licenses.devKey());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    @Order(1)
    void the_demo_needs_two_licenses_for_its_passive_and_its_blocked_handset_and_none_is_free() {
        JsonObject report = Api.get("/api/readiness").json();

        assertEquals("SYSTEM", report.getString("source"));
        assertEquals(json("""
                {"thirdPartyLicensed":2,"passive":1,"blocked":1,"unidentified":1,"total":10}"""),
                report.getJsonObject("totals"));
        assertEquals(Json.createReader(new StringReader("""
                [{"vendor":"Manufacturer: 10, Model: 77","licensed":1,"passive":1,"blocked":1,"licensesNeeded":2},
                 {"vendor":"Manufacturer: 202, Model: 89","licensed":1,"passive":0,"blocked":0,"licensesNeeded":0}]"""))
                .readArray(), report.getJsonArray("vendors"));
        assertEquals(json("""
                {"lim":1,"counts":{"thirdPartyLicensed":2,"passive":1,"blocked":1,"unidentified":1,"total":10},
                 "licensesNeeded":2}"""), report.getJsonArray("lims").getJsonObject(0));
        assertEquals(1, report.getJsonArray("lims").size());
        assertEquals(json("""
                {"allowed":2,"used":2,"free":0,"excess":0,"needed":2,"toCover":2,"toOrder":2}"""),
                report.getJsonObject("licenses"));
        assertEquals(List.of("309 PASSIVE", "311 BLOCKED", "2135 EXEMPT blank", "6014 LICENSED", "6309 LICENSED"),
                listed(report.getJsonArray("handsets")));

        // The same rule as license_status and diagnostic_print.
        JsonObject license = Api.get("/api/license").json();
        assertEquals(2, license.getInt("unlicensedThirdPartyHandsets"));
        assertEquals(2, license.getInt("licensesNeeded"));
        assertEquals(List.of("309"), Handsets.diagnosticList());
    }

    @Test
    @Order(2)
    void the_csv_has_a_row_per_vendor_and_model_per_lim_and_the_total() {
        Api.Reply csv = Api.get("/api/readiness", "text/csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertEquals(DEMO_CSV, csv.body());
    }

    @Test
    @Order(3)
    void the_page_shows_the_report_downloads_the_csv_and_prints_the_report_alone() throws IOException {
        String operator = Users.ready("readiness-operator", "operator");
        try (Browser browser = new Browser().login("readiness-operator", operator)) {
            browser.open("/readiness.xhtml");
            assertEquals("2", browser.find(By.id("to-order")).getText());
            assertEquals("1", browser.find(By.id("passive")).getText());
            assertEquals("1", browser.find(By.id("blocked")).getText());
            assertEquals("1", browser.find(By.id("unidentified")).getText());
            assertEquals("0", browser.find(By.id("free")).getText());
            String vendors = browser.find(By.id("vendors")).getText();
            assertTrue(vendors.contains("Manufacturer: 10, Model: 77 1 1 1 2"), vendors);
            assertTrue(vendors.contains("Manufacturer: 202, Model: 89 1 0 0 0"), vendors);
            assertEquals(List.of("2135", "1", "", "exempt", "yes"), cells(browser, "handsets", "2135"));
            assertEquals(List.of("311", "1", "Manufacturer: 10, Model: 77", "blocked", ""),
                    cells(browser, "handsets", "311"));
            browser.screenshot("readiness");

            browser.find(By.id("f:export")).click();
            assertEquals(DEMO_CSV, browser.downloaded("readiness.csv"));

            // The browser's print: the report alone, without menu, buttons or the upload form.
            ChromeDriver chromium = (ChromeDriver) browser.driver();
            chromium.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertFalse(browser.find(By.id("nav")).isDisplayed(), "menu printed");
            assertFalse(browser.find(By.id("f:export")).isDisplayed(), "buttons printed");
            assertFalse(browser.find(By.id("f:dry-run")).isDisplayed(), "upload form printed");
            assertTrue(browser.find(By.id("report")).isDisplayed());
            browser.screenshot("readiness-print");
            Object pdf = chromium.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false)).get("data");
            Path file = Browser.SCREENSHOTS.resolve("readiness.pdf");
            Files.write(file, Base64.getDecoder().decode((String) pdf));
            assertTrue(Files.size(file) > 1000, "a PDF of the print layout");
        }
    }

    /** A system from before enforcement, as MigrationIT's, on numbers of its own. */
    private static String oldSystem(String licenseFile) {
        String file = licenseFile == null ? "" : "\"licenseFile\":" + Json.createValue(licenseFile) + ",";
        return "{\"format\":1," + file + "\"extensions\":[" + String.join(",",
                handset("3901", 1, false, 10, 77), handset("3902", 2, false, 202, 89),
                handset("3903", 2, false, 10, 77), handset("3904", 1, true, 10, 78), handset("3905", 1, false, 8, 1),
                handset("3906", 1, false, null, null), "{\"directoryNumber\":\"3907\",\"thirdPartyClient\":true}")
                + "]}";
    }

    private static String handset(String dir, int lim, boolean thirdPartyClient, Integer manic, Integer modic) {
        var dect = Json.createObjectBuilder().add("ipei", Handsets.ipei(dir)).add("authenticationKey", Handsets.KEY)
                .add("state", "REGISTERED");
        if (manic != null) {
            dect.add("manic", manic).add("modic", modic);
        }
        return Json.createObjectBuilder().add("directoryNumber", dir).add("lim", lim)
                .add("thirdPartyClient", thirdPartyClient).add("dect", dect).build().toString();
    }

    /** What the dry run must leave as it was. */
    private static Map<String, String> theSystem() {
        return Map.of("extensions", Api.get("/api/extensions?limit=1000").body(),
                "license", Api.get("/api/license").body(),
                "audit", String.valueOf(Api.get("/api/audit?limit=1").json().getInt("total")),
                "alarms", Api.get("/api/alarms").body());
    }

    @Test
    @Order(4)
    void a_dry_run_of_a_migration_document_reports_on_it_and_changes_nothing() {
        Map<String, String> before = theSystem();

        Api.Reply dry = Api.post("/api/migration/dry-run", oldSystem(null));

        assertEquals(200, dry.status(), dry.body());
        JsonObject report = dry.json();
        assertEquals("MIGRATION_DOCUMENT", report.getString("source"));
        assertEquals(json("""
                {"thirdPartyLicensed":1,"passive":3,"blocked":0,"unidentified":1,"total":6}"""),
                report.getJsonObject("totals"));
        assertEquals(Json.createReader(new StringReader("""
                [{"vendor":"Manufacturer: 10, Model: 77","licensed":0,"passive":2,"blocked":0,"licensesNeeded":2},
                 {"vendor":"Manufacturer: 10, Model: 78","licensed":1,"passive":0,"blocked":0,"licensesNeeded":0},
                 {"vendor":"Manufacturer: 202, Model: 89","licensed":0,"passive":1,"blocked":0,"licensesNeeded":1}]"""))
                .readArray(), report.getJsonArray("vendors"));
        // This system's 2 licenses are seized by the demo; the document's 3904 and 3907 would seize 2 more.
        assertEquals(json("""
                {"allowed":2,"used":4,"free":0,"excess":2,"needed":3,"toCover":3,"toOrder":5}"""),
                report.getJsonObject("licenses"));
        assertEquals(List.of("3901 PASSIVE", "3902 PASSIVE", "3903 PASSIVE", "3904 LICENSED", "3906 EXEMPT blank"),
                listed(report.getJsonArray("handsets")));
        assertEquals(before, theSystem(), "nothing loaded, nothing recorded");
        assertEquals(404, Api.get("/api/extensions/3901").status());

        // Its license file counts as the one the migration would install; it is not installed.
        Api.Reply withFile = Api.post("/api/migration/dry-run", oldSystem(Licenses.signed(10)));
        assertEquals(200, withFile.status(), withFile.body());
        assertEquals(json("""
                {"allowed":10,"used":4,"free":6,"excess":0,"needed":3,"toCover":0,"toOrder":0}"""),
                withFile.json().getJsonObject("licenses"));
        assertEquals(before, theSystem(), "the license file is not installed");

        Api.Reply csv = Api.get("/api/readiness", "text/csv");
        assertEquals(DEMO_CSV, csv.body(), "this system's report is unchanged");
    }

    @Test
    @Order(5)
    void a_bad_document_is_refused_naming_the_field_and_an_untrusted_license_file_too() {
        Map<String, String> before = theSystem();
        Api.Reply blocked = Api.post("/api/migration/dry-run", "{\"format\":1,\"extensions\":[" + handset("3901", 1,
                false, 10, 77) + ",{\"directoryNumber\":\"3902\",\"dect\":{\"ipei\":\"" + Handsets.ipei("3902")
                + "\",\"authenticationKey\":\"1234\",\"state\":\"BLOCKED\"}}]}");
        assertEquals(400, blocked.status(), blocked.body());
        assertEquals("extensions[1].dect.state", blocked.json().getString("field"), blocked.body());
        Api.Reply forged = Api.post("/api/migration/dry-run", oldSystem(Licenses.signed(10).replace(
                "3RD-PARTY-SIP-EXTENSION 10", "3RD-PARTY-SIP-EXTENSION 99")));
        assertEquals(400, forged.status(), forged.body());
        assertEquals(before, theSystem());
    }

    @Test
    @Order(6)
    void the_dry_run_says_what_the_migration_then_loads() {
        Handsets.eraseAllExtensions();
        String document = oldSystem(null);
        JsonObject dry = Api.post("/api/migration/dry-run", document).json();
        Api.Reply dryCsv = Api.postAccepting("/api/migration/dry-run", "text/csv", document);
        assertEquals(200, dryCsv.status(), dryCsv.body());

        Api.Reply migrated = Api.post("/api/migration", document);
        assertEquals(200, migrated.status(), migrated.body());
        assertEquals(json("""
                {"extensions":7,"subscriptions":6,"passive":3,
                 "passivePerVendor":{"Manufacturer: 10, Model: 77":2,"Manufacturer: 202, Model: 89":1},
                 "licensed":1,"exempt":1,"unidentified":1}"""), migrated.json());
        JsonObject system = Api.get("/api/readiness").json();
        for (String part : List.of("totals", "vendors", "lims", "licenses", "handsets")) {
            assertEquals(dry.get(part), system.get(part), part);
        }
        assertEquals(dryCsv.body(), Api.get("/api/readiness", "text/csv").body());
        assertEquals("""
                section,vendor_model,lim,handsets,licensed,passive,blocked,unidentified,licenses_needed,licenses_free,licenses_to_order\r
                vendor,"Manufacturer: 10, Model: 77",,,0,2,0,,2,,\r
                vendor,"Manufacturer: 10, Model: 78",,,1,0,0,,0,,\r
                vendor,"Manufacturer: 202, Model: 89",,,0,1,0,,1,,\r
                lim,,1,4,1,1,0,1,1,,\r
                lim,,2,2,0,2,0,0,2,,\r
                total,,,6,1,3,0,1,3,0,3\r
                """, dryCsv.body());
    }

    @Test
    @Order(7)
    void a_read_only_user_reads_the_report_but_does_not_dry_run_documents() {
        String viewer = Users.ready("readiness-viewer", "read-only");
        Api.as("readiness-viewer", viewer, () -> {
            assertEquals(200, Api.get("/api/readiness").status());
            Api.Reply refused = Api.post("/api/migration/dry-run", oldSystem(null));
            assertEquals(403, refused.status(), refused.body());
            assertTrue(refused.body().contains("needs the permission migration.dry-run"), refused.body());
            return null;
        });
    }

    /** The cells of the row of a plain table whose first cell is {@code first}. */
    static List<String> cells(Browser browser, String tableId, String first) {
        return browser.find(By.xpath("//table[@id='" + tableId + "']/tbody/tr[td[1][normalize-space()='" + first
                + "']]")).findElements(By.tagName("td")).stream().map(td -> td.getText().strip()).toList();
    }

    private static List<String> listed(JsonArray handsets) {
        return handsets.stream().map(JsonValue::asJsonObject).map(h -> h.getString("directoryNumber") + " "
                + h.getString("licenseState") + (h.getBoolean("unidentified") ? " blank" : "")).toList();
    }
}
