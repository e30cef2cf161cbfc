package org.dlc.it;

import static org.dlc.it.Handsets.created;
import static org.dlc.it.Handsets.locationRegistration;
import static org.dlc.it.Handsets.migrated;
import static org.dlc.it.Handsets.registered;
import static org.dlc.it.Handsets.subscribed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The dashboard's cards and chart segments lead to the lists they count, with as many rows as they say; its
 * history (pool over time, registrations per hour) ends with now. Directory numbers 3601..3605: a passive, a
 * licensed, a blocked, a blank and a Mitel handset (the cards count the whole system).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT extends ServerTest {

    private static Browser browser;

    @BeforeAll
    static void oneHandsetOfEachKind() {
        Handsets.clearActiveAlarm14();
        migrated("3601");
        assertEquals("ACCEPTED", locationRegistration("3601", 10, 77).getString("result"));
        Licenses.leaveFree(1);
        created("3602", true);
        subscribed("3602");
        assertEquals("ACCEPTED", locationRegistration("3602", 10, 77).getString("result"));
        created("3603", false);
        subscribed("3603");
        assertEquals("REJECTED", locationRegistration("3603", 202, 90).getString("result"));
        registered("3604", null, null);
        registered("3605", 8, 1);
        browser = new Browser().login(Users.ADMIN, Users.adminPassword());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The number of rows a lazy list (extension_info) says it has: "N extensions (1-25)". */
    private static int listedRows() {
        String report = browser.find(By.cssSelector(".ui-paginator-current")).getText();
        return Integer.parseInt(report.substring(0, report.indexOf(' ')));
    }

    @Test
    @Order(1)
    void every_handset_card_leads_to_extension_info_with_as_many_rows_as_it_counts() {
        for (String card : List.of("licensed", "passive", "blocked", "unidentified", "total")) {
            browser.open("/");
            int counted = Integer.parseInt(browser.find(By.id(card)).getText());
            assertTrue(counted >= 1, card + ": " + counted);
            browser.find(By.id(card + "-link")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("/extension_info.xhtml?") ? Boolean.TRUE : null);
            assertEquals(counted, listedRows(), card + " card and its list " + browser.driver().getCurrentUrl());
        }
        assertTrue(browser.driver().getCurrentUrl().endsWith("/extension_info.xhtml?terminalType=DECT"),
                browser.driver().getCurrentUrl());

        browser.open("/");
        int alarms = Integer.parseInt(browser.find(By.id("alarms")).getText());
        browser.find(By.id("alarms-link")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/alarms.xhtml") ? Boolean.TRUE : null);
        browser.find(By.id("f:table"));
        assertEquals(alarms, browser.findAll(By.xpath("//tbody[@id='f:table_data']/tr[@data-ri]")).size());
    }

    @Test
    @Order(2)
    void a_segment_of_the_vendor_chart_leads_to_that_vendors_handsets_in_that_license_state() {
        JsonArray vendors = Api.get("/api/dashboard").json().getJsonArray("vendors");
        int item = indexOf(vendors, "Manufacturer: 10, Model: 77");
        JsonObject vendor = vendors.getJsonObject(item);
        assertTrue(vendor.getInt("passive") >= 1 && vendor.getInt("licensed") >= 1, vendor.toString());

        browser.open("/");
        clickSegment("charts:vendors", 1, item);
        browser.waitFor(d -> d.getCurrentUrl().contains("licenseState=PASSIVE") ? Boolean.TRUE : null);
        assertTrue(browser.driver().getCurrentUrl().contains("vendor=Manufacturer%3A+10%2C+Model%3A+77"),
                browser.driver().getCurrentUrl());
        assertEquals(vendor.getInt("passive"), listedRows());
        assertEquals("Manufacturer: 10, Model: 77", browser.find(By.xpath(
                "//tbody[@id='f:table_data']/tr[1]/td[4]")).getText());

        // The table under the chart leads to the same lists.
        browser.open("/");
        browser.find(By.xpath("//table[@id='vendor-table']//tr[td[1]='Manufacturer: 10, Model: 77']"
                + "//a[contains(@class,'licensed')]")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("licenseState=LICENSED") ? Boolean.TRUE : null);
        assertEquals(vendor.getInt("licensed"), listedRows());
    }

    @Test
    @Order(3)
    void a_segment_of_the_alarm_chart_leads_to_the_alarms_of_that_severity() {
        JsonObject bySeverity = Api.get("/api/dashboard").json().getJsonObject("activeAlarmsBySeverity");
        assertEquals(List.of("1"), List.copyOf(bySeverity.keySet()), "alarms 12 and 14 are information (1)");
        browser.open("/");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('charts').scrollIntoView()");
        browser.screenshot("dashboard-charts");
        clickSegment("charts:severities", 0, 0);
        browser.waitFor(d -> d.getCurrentUrl().contains("/alarms.xhtml?severity=1") ? Boolean.TRUE : null);
        browser.waitForText("Only severity 1 = information.");
        assertEquals(bySeverity.getInt("1"),
                browser.findAll(By.xpath("//tbody[@id='f:table_data']/tr[@data-ri]")).size());
    }

    @Test
    @Order(4)
    void registrations_per_hour_count_each_registration_at_once_without_a_write_per_registration() {
        long before = sum(Api.get("/api/dashboard").json().getJsonArray("registrationsPerHour"), "exempt");
        long sinceStart = Api.get("/api/audit/registrations").json().getJsonNumber("exempt").longValue();

        assertEquals("ACCEPTED", locationRegistration("3605", 8, 1).getString("result"));

        JsonArray hours = Api.get("/api/dashboard").json().getJsonArray("registrationsPerHour");
        assertEquals(24, hours.size());
        assertEquals(before + 1, sum(hours, "exempt"));
        assertEquals(sinceStart + 1, Api.get("/api/audit/registrations").json().getJsonNumber("exempt").longValue());
    }

    @Test
    @Order(5)
    void the_pool_chart_ends_with_the_pool_as_license_status_shows_it_now() {
        JsonArray pool = Api.get("/api/dashboard").json().getJsonArray("poolUsage");
        JsonObject now = pool.getJsonObject(pool.size() - 1);
        JsonObject license = Api.get("/api/license").json();
        assertEquals(List.of(license.getInt("used"), license.getInt("free"), license.getInt("licensesNeeded")),
                List.of(now.getInt("seized"), now.getInt("free"), now.getInt("needed")));
        browser.open("/");
        browser.find(By.id("charts:pool-needed")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("/readiness.xhtml") ? Boolean.TRUE : null);
        assertEquals(String.valueOf(license.getInt("unlicensedThirdPartyHandsets")),
                browser.find(By.id("needed")).getText());
    }

    private static long sum(JsonArray hours, String outcome) {
        return hours.stream().map(JsonValue::asJsonObject).mapToLong(h -> h.getJsonNumber(outcome).longValue()).sum();
    }

    private static int indexOf(JsonArray vendors, String vendor) {
        for (int i = 0; i < vendors.size(); i++) {
            if (vendors.getJsonObject(i).getString("vendor").equals(vendor)) {
                return i;
            }
        }
        throw new AssertionError(vendor + " not in " + vendors);
    }

    /** Clicks where Chart.js drew the item of the dataset (as a person would), on the canvas of a p:chart. */
    private static void clickSegment(String chartId, int dataset, int item) {
        WebElement canvas = browser.find(By.cssSelector("[id='" + chartId + "'] canvas"));
        List<?> offset = browser.waitFor(d -> (List<?>) ((JavascriptExecutor) d).executeScript(
                "const canvas = arguments[0]; const chart = window.Chart && Chart.getChart(canvas);"
                        + " if (!chart) { return null; }"
                        + " const p = chart.getDatasetMeta(arguments[1]).data[arguments[2]].getCenterPoint();"
                        + " const r = canvas.getBoundingClientRect();"
                        + " return [Math.round(p.x - r.width / 2), Math.round(p.y - r.height / 2)];",
                canvas, dataset, item));
        new Actions(browser.driver()).moveToElement(canvas, ((Number) offset.get(0)).intValue(),
                ((Number) offset.get(1)).intValue()).click().perform();
    }
}
