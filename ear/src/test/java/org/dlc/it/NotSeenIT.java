package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Handsets not seen for N days, with the licenses they hold. Their latest location registration comes in with an
 * import (an export carries it), so a test need not wait for days. Directory numbers 3801..3805.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotSeenIT extends ServerTest {

    private static final Instant NOW = Instant.now();

    /** An extension whose handset was latest seen {@code daysAgo} days ago (null: never, since its subscription). */
    private static String extension(String dir, boolean licensed, int manic, int modic, Integer daysAgo) {
        var dect = Json.createObjectBuilder().add("ipei", Handsets.ipei(dir)).add("authenticationKey", Handsets.KEY)
                .add("state", "REGISTERED").add("manic", manic).add("modic", modic);
        if (daysAgo != null) {
            dect.add("latestSeenAt", NOW.minus(Duration.ofDays(daysAgo)).toString());
        }
        return Json.createObjectBuilder().add("directoryNumber", dir).add("thirdPartyClient", licensed)
                .add("dect", dect).build().toString();
    }

    @BeforeAll
    static void handsetsLastSeenLongAgo() {
        Licenses.leaveFree(2);
        Api.Reply imported = Api.post("/api/transfer", "{\"format\":2,\"extensions\":[" + String.join(",",
                extension("3801", true, 10, 77, 40), extension("3802", false, 8, 1, 10),
                extension("3803", false, 8, 1, null), extension("3804", false, 8, 3, 40),
                extension("3805", true, 202, 89, 35)) + "]}");
        assertEquals(200, imported.status(), imported.body());
    }

    private static List<String> notSeen(String days) {
        Api.Reply r = Api.get("/api/extensions?from=3801&to=3805&notSeenDays=" + days);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("directoryNumber") + (e.getBoolean("thirdPartyClient") ? " licensed" : ""))
                .toList();
    }

    @Test
    @Order(1)
    void the_handsets_not_seen_for_n_days_are_listed_with_the_licenses_they_hold() {
        assertEquals(List.of("3801 licensed", "3804", "3805 licensed"), notSeen("30"));
        assertEquals(List.of("3801 licensed", "3804"), notSeen("38"));
        assertEquals(List.of("3801 licensed", "3802", "3804", "3805 licensed"), notSeen("5"),
                "3803 was never seen, but subscribed just now");
        assertEquals(List.of(), notSeen("41"));
        // A later page is read by the database query, the first by the rule in Java: both agree.
        JsonObject second = Api.get("/api/extensions?from=3801&to=3805&notSeenDays=30&offset=1&limit=1").json();
        assertEquals(3, second.getInt("total"));
        assertEquals("3804", second.getJsonArray("items").getJsonObject(0).getString("directoryNumber"));
        JsonObject licensed = Api.get("/api/extensions?from=3801&to=3805&notSeenDays=30&licenseState=LICENSED").json();
        assertEquals(2, licensed.getInt("total"));
    }

    @Test
    @Order(2)
    void the_number_of_days_is_checked_naming_the_field_and_the_range() {
        for (String bad : List.of("0", "3651", "-1", "abc")) {
            Api.Reply r = Api.get("/api/extensions?notSeenDays=" + bad);
            assertEquals(400, r.status(), bad + ": " + r.body());
            assertEquals("notSeenDays", r.json().getString("field"));
            assertTrue(r.json().getString("detail").startsWith("notSeenDays: must be 1..3650 (days), was "),
                    r.body());
        }
        assertEquals(200, Api.get("/api/extensions?notSeenDays=3650").status());
    }

    @Test
    @Order(4)
    void a_location_registration_makes_a_handset_seen_and_a_repeat_within_the_hour_writes_nothing() {
        assertEquals("ACCEPTED", Handsets.locationRegistration("3802", 8, 1).getString("result"));
        String seen = Handsets.extension("3802").getString("latestSeenAt");
        assertTrue(Instant.parse(seen).isAfter(NOW.minusSeconds(60)), seen);
        assertEquals("ACCEPTED", Handsets.locationRegistration("3802", 8, 1).getString("result"));
        assertEquals(seen, Handsets.extension("3802").getString("latestSeenAt"), "to the hour: not rewritten");
        assertEquals(List.of("3801 licensed", "3804", "3805 licensed"), notSeen("5"));
    }

    @Test
    @Order(3)
    void the_page_lists_them_and_the_dashboard_counts_them() {
        JsonObject dashboard = Api.get("/api/dashboard").json().getJsonObject("notSeen");
        long total = Api.get("/api/extensions?terminalType=DECT&notSeenDays=30").json().getInt("total");
        assertEquals(Json.createObjectBuilder().add("days", 30).add("handsets", total)
                .add("holdingLicenses", Api.get("/api/extensions?terminalType=DECT&notSeenDays=30&licenseState=LICENSED")
                        .json().getInt("total")).build(), dashboard);
        assertTrue(total >= 3, "3801, 3804 and 3805 at least: " + total);

        try (Browser browser = new Browser().login(Users.ADMIN, Users.adminPassword())) {
            browser.open("/");
            assertEquals(String.valueOf(total), browser.find(By.id("not-seen")).getText());
            browser.find(By.id("not-seen-link")).click();
            browser.waitForText("handsets not seen for 30 days");
            assertEquals(total + " handsets not seen for 30 days; " + dashboard.getInt("holdingLicenses")
                    + " of them hold a license.", browser.find(By.id("f:summary")).getText());
            assertTrue(browser.find(By.id("f:table")).getText().contains(total + " extensions"),
                    browser.find(By.id("f:table")).getText());
            browser.screenshot("not_seen");

            browser.find(By.id("f:days")).clear();
            browser.find(By.id("f:days")).sendKeys("0");
            browser.find(By.id("f:apply")).click();
            browser.waitForText("Not seen for (days): must be 1..3650 (days), was 0");
            // No row stays under the refused value.
            browser.waitForText("No rows: the filter was not applied");
            assertTrue(browser.findAll(By.xpath("//tbody[@id='f:table_data']/tr[@data-ri]")).isEmpty());
        }
    }
}
