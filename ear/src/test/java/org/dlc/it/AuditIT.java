package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * The audit trail: each kind of change made over REST, commands and pages is recorded with its actor, address and
 * states before and after, in the change's transaction (a refused change leaves none); refused logins and refused
 * access are recorded; administrators and read-only users list, filter and export it, nobody else.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditIT extends ServerTest {

    private static final String OPERATOR = "audit-op";
    private static final String VIEWER = "audit-viewer";
    private static final String AUTH_KEY = "90817263";
    private static final String LOCAL = "127.0.0.1";
    private static String operatorPassword;
    private static String viewerPassword;
    private static Instant start;

    @BeforeAll
    static void users() {
        start = Instant.now();
        operatorPassword = Users.ready(OPERATOR, "operator");
        viewerPassword = Users.ready(VIEWER, "read-only");
    }

    /** The records matching a filter (query string, unencoded values), newest first, as the administrator. */
    private static List<JsonObject> records(Map<String, String> filter) {
        String query = filter.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        Api.Reply r = Api.get("/api/audit?limit=1000&" + query);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("records").stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<JsonObject> about(String subject) {
        return records(Map.of("subject", subject, "from", start.toString()));
    }

    /** "action | actor | before -> after | outcome", oldest first. */
    private static List<String> lines(List<JsonObject> newestFirst) {
        List<String> lines = new ArrayList<>(newestFirst.stream().map(AuditIT::line).toList());
        Collections.reverse(lines);
        return lines;
    }

    private static String line(JsonObject r) {
        return r.getString("action") + " | " + r.getString("actor") + " | " + text(r, "before") + " -> "
                + text(r, "after") + " | " + r.getString("outcome");
    }

    private static String text(JsonObject r, String name) {
        return r.containsKey(name) && !r.isNull(name) ? r.getString(name) : "-";
    }

    @Test
    @Order(1)
    void an_operators_changes_to_an_extension_are_recorded_one_by_one_with_the_operator_and_the_address() {
        Licenses.leaveFree(1);
        int used = Handsets.licensesUsed();
        String pool = " of " + (used + 1);
        Api.as(OPERATOR, operatorPassword, () -> {
            assertEquals(201, Api.post("/api/extensions", "{\"directoryNumber\":\"8401\",\"thirdPartyClient\":true}").status());
            assertEquals(200, Api.patch("/api/extensions/8401", "{\"csp\":3}").status());
            Api.Reply dect = Api.command("dect_extension -i -d 8401 --ipei " + Handsets.ipei("8401")
                    + " --authentication-key " + AUTH_KEY);
            assertEquals(200, dect.status(), dect.body());
            assertEquals(204, Api.delete("/api/extensions/8401/dect").status());
            assertEquals(204, Api.delete("/api/extensions/8401").status());
            return null;
        });
        List<JsonObject> records = about("extension 8401");
        assertEquals(List.of(
                "license.seize | audit-op | used " + used + pool + " -> used " + (used + 1) + pool + " | done",
                "extension.create | audit-op | - -> LIM 1, CSP 0, third-party client yes | done",
                "extension.change | audit-op | LIM 1, CSP 0, third-party client yes -> LIM 1, CSP 3, third-party client yes | done",
                "subscription.start | audit-op | - -> IPEI " + Handsets.printedIpei("8401") + ", authentication key set | done",
                "subscription.end | audit-op | IPEI " + Handsets.printedIpei("8401") + ", authentication key set -> - | done",
                "license.release | audit-op | used " + (used + 1) + pool + " -> used " + used + pool + " | done",
                "extension.erase | audit-op | LIM 1, CSP 3, third-party client no -> - | done"), lines(records));
        records.forEach(r -> {
            assertEquals(LOCAL, r.getString("address"), r.toString());
            assertEquals("extension 8401", r.getString("subject"));
            Instant at = Instant.parse(r.getString("at"));
            assertFalse(at.isBefore(start) || at.isAfter(Instant.now()), "recorded at " + at);
        });
    }

    @Test
    @Order(2)
    void a_refused_or_invalid_change_is_rolled_back_with_its_record() {
        Licenses.leaveFree(0);
        Api.as(OPERATOR, operatorPassword, () -> {
            Api.Reply full = Api.post("/api/extensions", "{\"directoryNumber\":\"8403\",\"thirdPartyClient\":true}");
            assertEquals(409, full.status(), full.body());
            Api.Reply byCommand = Api.command("extension -i -d 8404 --third-party-client yes");
            assertEquals(409, byCommand.status(), byCommand.body());
            assertEquals(400, Api.post("/api/extensions", "{\"directoryNumber\":\"8405\",\"csp\":999}").status());
            return null;
        });
        for (String dir : List.of("8403", "8404", "8405")) {
            assertEquals(404, Api.get("/api/extensions/" + dir).status(), dir);
            assertEquals(List.of(), lines(about("extension " + dir)), dir);
        }
    }

    @Test
    @Order(3)
    void alarm_and_diagnostic_changes_are_recorded() {
        Licenses.leaveFree(0);
        Handsets.extensionWithHandset("8402", false);
        assertEquals("REJECTED", Handsets.locationRegistration("8402", 10, 77).getString("result"));
        int handle = Handsets.activeAlarm(12, "8402");
        Api.as(OPERATOR, operatorPassword, () -> {
            assertEquals(200, Api.post("/api/alarms/" + handle + "/noticed", "").status());
            assertEquals(200, Api.post("/api/alarms/" + handle + "/clear", "").status());
            assertEquals(200, Api.command("diagnostic_print --clear").status());
            return null;
        });
        String alarm = "code 12, LIM 1, Directory number =8402";
        assertEquals(List.of(
                "alarm.noticed | audit-op | " + alarm + ", active, not noticed -> " + alarm + ", active, noticed | done",
                "alarm.clear | audit-op | " + alarm + ", active, noticed -> " + alarm + ", cleared, noticed | done"),
                lines(about("alarm " + handle)));
        JsonObject cleared = records(Map.of("action", "diagnostic.clear", "actor", OPERATOR)).get(0);
        assertTrue(text(cleared, "after").matches("identification times reset for \\d+ handsets"), cleared.toString());
        assertEquals("diagnostic_print", cleared.getString("subject"));
    }

    @Test
    @Order(4)
    void an_administrators_changes_to_licenses_catalogue_and_users_are_recorded_without_secrets() {
        JsonObject status = Api.get("/api/license").json();
        int sequence = status.getInt("fileSequence");
        String use = "used " + status.getInt("used") + " of ";
        Licenses.install(status.getInt("allowed") + 5);
        assertEquals("license-file.install | admin | sequence " + sequence + "; " + use + status.getInt("allowed")
                + " -> sequence " + (sequence + 1) + "; " + use + (status.getInt("allowed") + 5) + " | done",
                line(records(Map.of("action", "license-file.install")).get(0)));

        Api.Reply added = Api.post("/api/catalogue", "{\"manic\":4343,\"modicFrom\":1,\"modicTo\":1,"
                + "\"vendor\":\"Audit Vendor\",\"model\":\"A1\",\"mitel\":false}");
        assertEquals(201, added.status(), added.body());
        long id = added.json().getJsonNumber("id").longValue();
        assertEquals(204, Api.delete("/api/catalogue/" + id).status());
        String entry = "MANIC 4343, MODIC 1..1: Audit Vendor A1 (third party)";
        assertEquals(List.of("catalogue.change | admin | - -> " + entry + " | done",
                "catalogue.change | admin | " + entry + " -> - | done"), lines(about("catalogue entry " + id)));

        assertEquals(201, Api.post("/api/users",
                "{\"name\":\"audit-temp\",\"role\":\"operator\",\"password\":\"audit-temp-pw-1\"}").status());
        assertEquals(200, Api.patch("/api/users/audit-temp", "{\"role\":\"read-only\"}").status());
        assertEquals(200, Api.patch("/api/users/audit-temp", "{\"password\":\"audit-temp-pw-2\"}").status());
        assertEquals(204, Api.delete("/api/users/audit-temp").status());
        Api.Reply controller = Api.post("/api/users", "{\"name\":\"audit-dect\",\"role\":\"dect-controller\"}");
        assertEquals(201, controller.status(), controller.body());
        Api.Reply reissued = Api.post("/api/users/audit-dect/secret", "");
        assertEquals(200, reissued.status(), reissued.body());
        assertEquals(List.of("user.create | admin | - -> role operator | done",
                "user.role | admin | role operator -> role read-only | done",
                "password.reset | admin | password set -> new password set, to be changed at the next login | done",
                "user.delete | admin | role read-only -> - | done"), lines(about("user audit-temp")));
        assertEquals(List.of("user.create | admin | - -> role dect-controller, secret issued | done",
                "secret.issue | admin | secret set -> new secret set | done"), lines(about("user audit-dect")));
        assertEquals(List.of("user.create | admin | - -> role operator | done",
                "password.change | audit-op | password set -> new password set | done"),
                lines(about("user " + OPERATOR)));

        String csv = Api.get("/api/audit?limit=10000", "text/csv").body();
        for (String secret : List.of(AUTH_KEY, operatorPassword, viewerPassword, "audit-temp-pw-1", "audit-temp-pw-2",
                controller.json().getString("secret"), reissued.json().getString("secret"))) {
            assertFalse(csv.contains(secret), "the audit trail holds a secret");
        }
    }

    @Test
    @Order(5)
    void refused_logins_and_refused_access_are_recorded_with_the_name_tried() {
        assertEquals(401, Api.as("audit-nobody", "wrong-password", () -> Api.get("/api/ping")).status());
        assertEquals(401, Api.as(OPERATOR, "not-the-password", () -> Api.get("/api/ping")).status());
        try (Browser browser = new Browser()) {
            browser.open("/");
            browser.find(By.id("j_username")).sendKeys("audit-form-nobody");
            browser.find(By.id("j_password")).sendKeys("wrong-password");
            browser.find(By.id("login-submit")).click();
            browser.find(By.id("login-error"));
        }
        List<String> logins = records(Map.of("action", "login.refused", "from", start.toString())).stream()
                .map(r -> r.getString("actor") + " | " + r.getString("subject") + " | " + r.getString("after") + " | "
                        + r.getString("outcome") + " | " + r.getString("address")).toList();
        assertEquals(List.of("audit-form-nobody | form login | wrong name or password | refused | " + LOCAL,
                OPERATOR + " | HTTP Basic | wrong name or password | refused | " + LOCAL,
                "audit-nobody | HTTP Basic | wrong name or password | refused | " + LOCAL), logins);

        Api.as(VIEWER, viewerPassword, () -> {
            assertEquals(403, Api.patch("/api/extensions/8402", "{\"thirdPartyClient\":true}").status());
            assertEquals(403, Api.command("extension -e -d 8402").status());
            return null;
        });
        List<JsonObject> refused = records(Map.of("action", "access.refused", "actor", VIEWER));
        assertEquals(List.of("command extension", "PATCH /api/extensions/8402"),
                refused.stream().limit(2).map(r -> r.getString("subject")).toList());
        assertTrue(refused.get(1).getString("after").startsWith("PATCH /api/extensions/8402 needs the permission"
                + " extension.change"), refused.get(1).toString());
        assertEquals(200, Api.get("/api/extensions/8402").status(), "nothing changed");
        assertFalse(Api.get("/api/extensions/8402").json().getBoolean("thirdPartyClient"));
    }

    @Test
    @Order(6)
    void a_read_only_user_filters_and_exports_the_trail_and_bad_filters_name_the_field() {
        Api.as(VIEWER, viewerPassword, () -> {
            Api.Reply page = Api.get("/api/audit?actor=" + OPERATOR + "&action=license.seize&limit=1");
            assertEquals(200, page.status(), page.body());
            assertEquals(1, page.json().getInt("total"));
            assertEquals(1, page.json().getJsonArray("records").size());
            assertEquals("extension 8401", page.json().getJsonArray("records").getJsonObject(0).getString("subject"));

            Api.Reply csv = Api.get("/api/audit?actor=" + OPERATOR + "&from=" + start, "text/csv");
            assertEquals(200, csv.status(), csv.body());
            List<String> rows = csv.body().lines().toList();
            assertEquals("id,at,actor,address,action,subject,before,after,outcome", rows.get(0));
            int total = Api.get("/api/audit?actor=" + OPERATOR + "&from=" + start).json().getInt("total");
            assertEquals(total + 1, rows.size());
            assertTrue(rows.stream().skip(1).allMatch(r -> r.split(",")[2].equals(OPERATOR)), csv.body());

            for (Map.Entry<String, String> bad : Map.of("action=seize", "action", "from=yesterday", "from",
                    "outcome=maybe", "outcome", "limit=0", "limit", "from=" + start + "&to=" + start, "to").entrySet()) {
                Api.Reply refused = Api.get("/api/audit?" + bad.getKey());
                assertEquals(400, refused.status(), bad.getKey());
                assertEquals(bad.getValue(), refused.json().getString("field"), refused.body());
            }
            return null;
        });
    }

    @Test
    @Order(7)
    void location_registrations_are_counted_not_recorded() {
        JsonObject before = Api.get("/api/audit/registrations").json();
        long recordsBefore = Api.get("/api/audit").json().getJsonNumber("total").longValue();
        Handsets.locationRegistration("8402", 10, 77);
        Handsets.locationRegistration("8402", 10, 77);
        Api.post("/api/dect/location-registrations", "{\"ipei\":\"" + Handsets.ipei("8499") + "\"}");
        JsonObject after = Api.get("/api/audit/registrations").json();
        assertEquals(before.getInt("rejectedNoLicense") + 2, after.getInt("rejectedNoLicense"));
        assertEquals(before.getInt("notSubscribed") + 1, after.getInt("notSubscribed"));
        assertEquals(before.getInt("exempt"), after.getInt("exempt"));
        assertEquals(before.getString("since"), after.getString("since"));
        assertEquals(recordsBefore, Api.get("/api/audit").json().getJsonNumber("total").longValue());
    }

    @Test
    @Order(8)
    void the_page_shows_the_trail_to_a_read_only_user_and_refuses_an_operator() {
        try (Browser browser = new Browser().login(VIEWER, viewerPassword)) {
            browser.find(By.id("nav:m-audit")).click();
            browser.waitForText("audit-form-nobody");
            browser.find(By.id("f:subject")).sendKeys("extension 8401");
            browser.find(By.id("f:apply")).click();
            browser.ajaxDone();
            browser.waitFor(d -> d.findElement(By.id("f:table")).getText().contains("license.release") ? true : null);
            String table = browser.find(By.id("f:table")).getText();
            assertFalse(table.contains("audit-form-nobody"), table);
            assertTrue(table.contains("LIM 1, CSP 3, third-party client no"), table);
            assertTrue(browser.text().contains("Location registrations:"), browser.text());
        }
        try (Browser browser = new Browser().login(OPERATOR, operatorPassword)) {
            assertTrue(browser.findAll(By.id("nav:m-audit")).isEmpty(), "no menu entry for an operator");
            browser.open("/audit.xhtml");
            browser.waitForText("audit.read");
        }
    }
}
