package org.dlc.it;

import static org.dlc.it.Printouts.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.dlc.system.LocalTimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The configured local time zone ({@code -Ddlc.time.zone}) beside UTC, as in the specification's alarm printout:
 * the server is restarted in Europe/Stockholm (the specification's CET), then with a zone that does not exist,
 * and back in its own zone afterwards.
 * Directory number 3701.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimeZoneIT extends ServerTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static int handle;

    @BeforeAll
    static void inStockholm() {
        Server.restartWith(LocalTimeZone.PROPERTY + "=Europe/Stockholm");
        Handsets.extensionWithHandset("3701", false);
        assertEquals("REJECTED", Handsets.locationRegistration("3701", 10, 77).getString("result"));
        handle = Handsets.activeAlarm(12, "3701");
    }

    private static boolean backInTheServersZone;

    @AfterAll
    static void backInTheServersZone() {
        if (!backInTheServersZone) {
            Server.restartWith();
        }
    }

    @Test
    @Order(1)
    void the_full_alarm_printout_shows_utc_and_below_it_the_configured_zone() {
        Instant first = Instant.parse(Api.get("/api/alarms/" + handle).json().getString("firstAt"));
        String printout = ok("alarm -p --format full --handle " + handle);
        assertTrue(printout.contains("First at........: " + LocalTimeZone.utc(first) + "\n"
                + "                  " + LocalTimeZone.local(first, STOCKHOLM) + "\n"), printout);
        String zone = LocalTimeZone.local(first, STOCKHOLM).replaceAll(".*\\((.*)\\)$", "$1");
        assertTrue(zone.equals("CET") || zone.equals("CEST"), zone);
    }

    @Test
    @Order(2)
    void the_alarm_details_on_the_page_show_the_configured_zone_below_utc() {
        Instant first = Instant.parse(Api.get("/api/alarms/" + handle).json().getString("firstAt"));
        try (Browser browser = new Browser().login(Users.ADMIN, Users.adminPassword())) {
            browser.open("/alarms.xhtml");
            browser.waitForText("Directory number =3701");
            WebElement row = browser.find(By.xpath("//tbody[@id='f:table_data']/tr[td[3][normalize-space()='"
                    + handle + "']]"));
            row.findElement(By.xpath(".//button[contains(@id,'details')]")).click();
            browser.waitFor(d -> browser.find(By.id("detail")).isDisplayed() ? Boolean.TRUE : null);
            String details = browser.find(By.id("detail")).getText();
            assertTrue(details.contains("First at........: " + LocalTimeZone.utc(first) + "\n"
                    + LocalTimeZone.local(first, STOCKHOLM)), details);
            browser.screenshot("alarm-detail-stockholm");
        }
    }

    /** Last: it leaves the server started in its own zone again, as the other tests expect it. */
    @Test
    @Order(3)
    void a_zone_that_does_not_exist_stops_the_deployment_with_the_reason() {
        String log = Server.startRefusing("is not a time zone", LocalTimeZone.PROPERTY + "=Mars/Olympus");
        assertTrue(log.contains("dlc.time.zone: 'Mars/Olympus' is not a time zone; use a region such as"
                + " Europe/Stockholm, UTC, or an offset such as +01:00"), log);
        assertFalse(log.contains("Local time zone: Mars"), log);
        Server.restartWith();
        backInTheServersZone = true;
        assertEquals(200, Api.get("/api/alarms/" + handle).status());
    }
}
