package org.dlc.it;

import static org.dlc.it.Handsets.created;
import static org.dlc.it.Handsets.locationRegistration;
import static org.dlc.it.Handsets.migrated;
import static org.dlc.it.Handsets.registered;
import static org.dlc.it.Handsets.subscribed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.dlc.handset.Ipei;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The administration pages in a real browser, on the specification's example handsets, set up through the
 * REST API: Mitel DH6 and DT390, a licensed third-party handset, a blank one, a passive and a blocked one. Their
 * numbers are the specification's with an 8 in front, so the demo (DemoIT) can use the specification's own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesIT extends ServerTest {

    private static Browser browser;

    @BeforeAll
    static void handsetsOfTheSpecification() {
        // Subscribed before enforcement (loaded by the migration, before any other subscription), third party
        // without license: working, passively supported.
        migrated("86309");
        assertEquals("ACCEPTED", locationRegistration("86309", 202, 89).getString("result"));
        registered("81003", 8, 1);
        registered("81035", 8, 3);
        Licenses.leaveFree(1);
        created("86014", true);
        subscribed("86014");
        locationRegistration("86014", 10, 77);
        registered("82135", null, null);
        // Subscribed now, third party without license: rejected and blocked, alarm 12.
        created("86310", false);
        subscribed("86310");
        assertEquals("REJECTED", locationRegistration("86310", 202, 90).getString("result"));

        browser = new Browser().login(Users.ADMIN, Users.adminPassword());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void the_dashboard_counts_handsets_alarms_and_licenses() {
        browser.open("/");
        browser.waitForText("Version 1.0.0-SNAPSHOT");
        assertTrue(browser.text().contains("DECT License Control"));
        assertTrue(Integer.parseInt(browser.find(By.id("passive")).getText()) >= 1);
        assertEquals(Handsets.diagnosticList().size(), Integer.parseInt(browser.find(By.id("passive")).getText()),
                "the dashboard counts exactly the handsets of diagnostic_print");
        assertTrue(Integer.parseInt(browser.find(By.id("blocked")).getText()) >= 1);
        assertTrue(Integer.parseInt(browser.find(By.id("licensed")).getText()) >= 1);
        assertTrue(Integer.parseInt(browser.find(By.id("unidentified")).getText()) >= 1);
        assertTrue(Integer.parseInt(browser.find(By.id("alarms")).getText()) >= 2);
        browser.screenshot("dashboard");
    }

    @Test
    @Order(2)
    void extension_info_shows_the_vendors_of_the_specification() {
        browser.open("/extension_info.xhtml");
        browser.find(By.id("f:type"));
        browser.find(By.id("f:from")).sendKeys("81000");
        browser.find(By.id("f:to")).sendKeys("86999");
        browser.find(By.id("f:apply")).click();
        browser.ajaxDone();

        assertEquals("DH6", cell("f:table", "81003", 4));
        assertEquals("DT390", cell("f:table", "81035", 4));
        assertEquals("Manufacturer: 10, Model: 77", cell("f:table", "86014", 4));
        assertEquals("licensed", cell("f:table", "86014", 6));
        assertEquals("", cell("f:table", "82135", 4));
        assertEquals("DECT", cell("f:table", "82135", 2));
        assertEquals("Not available", cell("f:table", "82135", 3));
        assertEquals("passive", cell("f:table", "86309", 6));
        assertEquals("blocked", cell("f:table", "86310", 6));
        browser.screenshot("extension_info");

        // Newest first: a click on Dir sorts descending (in the database, page by page).
        browser.find(By.cssSelector("th[id$='dir']")).click();
        browser.waitFor(d -> "ascending".equals(browser.find(By.cssSelector("th[id$='dir']")).getAttribute("aria-sort"))
                ? Boolean.TRUE : null);
        assertEquals("81003", firstDir());
        browser.find(By.cssSelector("th[id$='dir']")).click();
        browser.waitFor(d -> firstDir().equals("86310") ? Boolean.TRUE : null);

        // The whole filtered list as CSV.
        browser.find(By.id("f:export")).click();
        String csv = browser.downloaded("extension_info.csv");
        assertTrue(csv.startsWith("dir,terminal_type,revision,vendor,classification,license_state,lim"), csv);
        assertTrue(csv.contains("86014,DECT,Not available,\"Manufacturer: 10, Model: 77\",THIRD_PARTY,LICENSED,1"), csv);
        assertTrue(csv.contains("82135,DECT,Not available,,UNIDENTIFIED,EXEMPT,1"), csv);
        assertFalse(csv.contains("7002"), "outside the filtered range");

        // Third party only: the Mitel and blank handsets go.
        browser.find(By.cssSelector("#f\\:thirdParty .ui-chkbox-box")).click();
        browser.find(By.id("f:apply")).click();
        browser.waitFor(d -> browser.text().contains("DH6") ? null : Boolean.TRUE);
        assertTrue(browser.text().contains("Manufacturer: 202, Model: 89"));
    }

    @Test
    @Order(3)
    void diagnostic_print_lists_the_passive_handset() {
        browser.open("/diagnostic_print.xhtml");
        browser.waitForText("Manufacturer: 202, Model: 89");
        assertEquals(Ipei.of(19, 86309).printed(), cell("f:table", "86309", 2));
        assertFalse(browser.text().contains("86310"), "a blocked handset is not working: not in diagnostic_print");
        int listed = Handsets.diagnosticList().size();
        assertEquals("Handsets without license: " + listed, browser.find(By.id("f:count")).getText());
        assertTrue(cell("f:table", "86309", 5).endsWith(" UTC"), "first identified");
        browser.screenshot("diagnostic_print");
        // The search shows its rows; the count stays the list's.
        browser.find(By.id("f:q")).sendKeys("86309\n");
        browser.waitFor(d -> tableColumn("f:table", 1).equals(List.of("86309")) ? Boolean.TRUE : null);
        assertEquals("Handsets without license: " + listed, browser.find(By.id("f:count")).getText());
        browser.open("/diagnostic_print.xhtml");

        // Clear list forgets when the handsets were identified; those without a license stay listed.
        browser.find(By.id("f:clear")).click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText("Diagnostic list cleared");
        assertEquals("Handsets without license: " + listed, browser.find(By.id("f:count")).getText());
        assertEquals("", cell("f:table", "86309", 5), "first identified: not since the clear");
        assertEquals("", cell("f:table", "86309", 6), "last identified");
        browser.screenshot("diagnostic_print-cleared");
    }

    @Test
    @Order(4)
    void seizing_a_license_on_an_empty_pool_is_refused_clearly() {
        Licenses.leaveFree(0);
        browser.open("/diagnostic_print.xhtml");
        row("f:table", "86309").findElement(By.xpath(".//button[contains(@id,'seize')]")).click();
        browser.waitForText("License not seized");
        assertTrue(browser.find(By.id("messages")).getText().contains("no free 3RD-PARTY-SIP-EXTENSION license"),
                browser.find(By.id("messages")).getText());
        assertEquals(false, Api.get("/api/extensions/86309").json().getBoolean("thirdPartyClient"));
        browser.screenshot("diagnostic_print-refused");
    }

    @Test
    @Order(5)
    void an_alarm_shows_its_full_printout_and_can_be_cleared() {
        int handle = alarmHandle("Directory number =86310");
        browser.open("/alarms.xhtml");
        browser.waitForText("Directory number =86310");
        WebElement row = row("f:table", handle);
        assertEquals("CTLP", row.findElements(By.tagName("td")).get(6).getText());
        assertEquals("12", row.findElements(By.tagName("td")).get(4).getText());

        row.findElement(By.xpath(".//button[contains(@id,'details')]")).click();
        browser.waitFor(d -> browser.find(By.id("detail")).isDisplayed() ? Boolean.TRUE : null);
        String printout = browser.find(By.id("detail")).getText();
        assertTrue(printout.contains("Alarm code .....: 12 = Failed registration of third party DECT device"
                + " due to missing third party license"), printout);
        assertTrue(printout.contains("(UTC)"), printout);
        assertTrue(printout.contains("Sender unit.....: 92 = CTLP"), printout);
        browser.screenshot("alarm-detail");
        browser.find(By.cssSelector("#detail .ui-dialog-titlebar-close")).click();

        // Esc closes the printout.
        row("f:table", handle).findElement(By.xpath(".//button[contains(@id,'details')]")).click();
        browser.waitFor(d -> browser.find(By.id("detail")).isDisplayed() ? Boolean.TRUE : null);
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        browser.waitFor(d -> browser.find(By.id("detail")).isDisplayed() ? null : Boolean.TRUE);

        // Severity in words beside its number (and a colour): "3 major", not a bare "3".
        int severity = Api.get("/api/alarms/" + handle).json().getInt("severity");
        String severityCell = row("f:table", handle).findElements(By.tagName("td")).get(0).getText();
        assertTrue(severityCell.matches(severity + " (information|minor|major|critical)"), severityCell);

        row("f:table", handle).findElement(By.xpath(".//button[contains(@id,'notice')]")).click();
        browser.waitForText("Alarm " + handle + " marked noticed.");
        browser.waitFor(d -> row("f:table", handle).findElements(By.tagName("td")).get(1).getText().equals("N")
                ? Boolean.TRUE : null);
        assertTrue(Api.get("/api/alarms/" + handle).json().getBoolean("noticed"));

        row("f:table", handle).findElement(By.xpath(".//button[contains(@id,'clear')]")).click();
        browser.waitForText("Alarm " + handle + " cleared.");
        assertFalse(Api.get("/api/alarms/" + handle).json().getBoolean("active"));
        browser.screenshot("alarms");

        // Filter and sort in the address: a reload keeps them. A cleared alarm offers neither Clear nor Mark noticed.
        browser.open("/alarms.xhtml?all=true&q=86310&sort=oldest");
        browser.waitForText("Directory number =86310");
        browser.driver().navigate().refresh();
        browser.waitForText("Directory number =86310");
        assertEquals("86310", browser.find(By.id("f:q")).getAttribute("value"));
        WebElement cleared = row("f:table", handle);
        assertEquals("0 cleared", cleared.findElements(By.tagName("td")).get(0).getText());
        assertTrue(cleared.findElements(By.xpath(".//button[contains(@id,'notice') or contains(@id,'clear')]")).isEmpty(),
                "a cleared alarm offers no action but its details");
    }

    @Test
    @Order(6)
    void licenses_show_the_pool_and_refuse_a_bad_file_clearly() {
        browser.open("/licenses.xhtml");
        browser.waitForText("3RD-PARTY-SIP-EXTENSION");
        browser.find(By.id("f:text")).sendKeys("this is not a license file");
        browser.find(By.id("f:install")).click();
        browser.waitForText("License file not installed");

        // A signed file, uploaded.
        int used = Api.get("/api/license").json().getInt("used");
        java.nio.file.Path file = Browser.TARGET.resolve("browser/license-" + System.nanoTime() + ".txt");
        try {
            java.nio.file.Files.writeString(file, Licenses.signed(used + 3));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser.find(By.id("f:upload_input")).sendKeys(file.toAbsolutePath().toString());
        browser.find(By.id("f:install")).click();
        browser.waitForText("installed: " + (used + 3) + " allowed");
        assertEquals(String.valueOf(used + 3), browser.find(By.id("allowed")).getText());
        assertEquals(3, Api.get("/api/license").json().getInt("free"));
        browser.screenshot("licenses");
    }

    @Test
    @Order(7)
    void an_extension_is_created_in_the_page() {
        browser.open("/extensions.xhtml");
        browser.find(By.id("f:dir")).sendKeys("7002");
        browser.find(By.id("f:save")).click();
        browser.waitForText("Extension 7002 created.");
        assertEquals(200, Api.get("/api/extensions/7002").status());

        // DECT subscription, then the third-party-client switch seizes a license.
        browser.find(By.id("f:ipei")).sendKeys(Ipei.of(19, 7002).printed());
        browser.find(By.id("f:key")).sendKeys("4321");
        browser.find(By.id("f:subscribe")).click();
        browser.waitForText("DECT subscription of 7002 added");
        browser.find(By.cssSelector("#f\\:thirdParty .ui-toggleswitch-slider")).click();
        browser.find(By.id("f:save")).click();
        browser.waitForText("Third-party license seized");
        assertEquals(true, Api.get("/api/extensions/7002").json().getBoolean("thirdPartyClient"));
        browser.screenshot("extensions");
    }

    @Test
    @Order(8)
    void the_catalogue_lists_the_vendor_models_and_shows_markup_as_text() {
        Api.Reply added = Api.post("/api/catalogue", "{\"manic\":4242,\"modicFrom\":1,\"modicTo\":1,"
                + "\"vendor\":\"<b>Evil</b>\",\"model\":\"<script>window.pwned=1</script>\",\"mitel\":false}");
        assertEquals(201, added.status(), added.body());
        try {
            browser.open("/catalogue.xhtml");
            browser.waitForText("DT390");
            assertTrue(browser.text().contains("<b>Evil</b>"), "markup shown as text");
            assertTrue(browser.text().contains("<script>window.pwned=1</script>"));
            assertEquals(null, ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return window.pwned === undefined ? null : window.pwned;"));
            browser.screenshot("catalogue");

            // Search (on the server, kept in the address) and sort by a column's header.
            browser.find(By.id("f:q")).sendKeys("evil\n");
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/catalogue.xhtml?q=evil") ? Boolean.TRUE : null);
            browser.waitFor(d -> tableColumn("f:table", 1).equals(List.of("4242")) ? Boolean.TRUE : null);
            browser.open("/catalogue.xhtml?q=evil");
            assertEquals(List.of("4242"), tableColumn("f:table", 1), "a reload keeps the search");
            assertEquals("evil", browser.find(By.id("f:q")).getAttribute("value"));
            browser.open("/catalogue.xhtml");
            List<String> manics = tableColumn("f:table", 1);
            assertTrue(manics.size() > 2 && manics.contains("4242"), manics.toString());
            List<String> descending = manics.stream().sorted(java.util.Comparator.comparing(Integer::valueOf,
                    java.util.Comparator.reverseOrder())).toList();
            browser.find(By.id("f:table:manic")).click();
            browser.ajaxDone();
            browser.find(By.id("f:table:manic")).click();
            browser.waitFor(d -> tableColumn("f:table", 1).equals(descending) ? Boolean.TRUE : null);
        } finally {
            Api.delete("/api/catalogue/" + added.json().getJsonNumber("id").longValue());
        }
    }

    @Test
    @Order(9)
    void an_administrator_creates_a_user_in_the_page() {
        browser.open("/users.xhtml");
        // Every bad field at once, at its field, by its label; nothing is created.
        browser.find(By.id("f:name")).sendKeys("x");
        browser.find(By.id("f:password")).sendKeys("short");
        browser.find(By.id("f:create")).click();
        browser.waitForText("User name: must be 2..32 letters");
        assertTrue(browser.text().contains("Initial password: must be 10..128 characters"), browser.text());
        assertEquals(404, Api.get("/api/users/x").status());
        browser.open("/users.xhtml");
        browser.find(By.id("f:name")).sendKeys("pageuser");
        browser.find(By.id("f:password")).sendKeys("initial-password");
        browser.find(By.id("f:create")).click();
        browser.waitForText("User pageuser created");
        assertEquals("read-only", Api.get("/api/users/pageuser").json().getString("role"));

        // A DECT controller: no password typed; the page shows the generated secret once, and it works.
        browser.find(By.id("f:name")).sendKeys("pagecontroller");
        choose(By.id("f:role"), "dect-controller");
        browser.find(By.id("f:create")).click();
        String shown = "Secret of DECT controller pagecontroller, shown this once: ";
        browser.waitForText(shown);
        String text = browser.text();
        String secret = text.substring(text.indexOf(shown) + shown.length()).split("\\s")[0];
        assertEquals(43, secret.length(), text);
        assertEquals(200, Api.as("pagecontroller", secret, () -> Api.get("/api/ping")).status());
        browser.screenshot("users");
        browser.find(By.id("f:q")).sendKeys("pagec\n");
        browser.waitFor(d -> tableColumn("f:table", 1).equals(List.of("pagecontroller")) ? Boolean.TRUE : null);
        browser.open("/users.xhtml");

        // A role change asks first; No changes nothing, Yes changes it.
        WebElement toOperator = userRow("pageuser").findElement(By.xpath(".//button[normalize-space()='operator']"));
        toOperator.click();
        browser.waitForText("Make pageuser operator?");
        browser.find(By.cssSelector(".ui-confirmdialog-no")).click();
        assertEquals("read-only", Api.get("/api/users/pageuser").json().getString("role"));
        userRow("pageuser").findElement(By.xpath(".//button[normalize-space()='operator']")).click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText("User pageuser is now operator.");
        assertEquals("operator", Api.get("/api/users/pageuser").json().getString("role"));

        // Reset password asks for the new password in its own box (not the create form's), and names a bad one.
        browser.find(By.id("f:password")).sendKeys("typed-for-a-new-user");
        userRow("pageuser").findElement(By.xpath(".//button[contains(@id,'reset')]")).click();
        browser.waitFor(d -> d.findElement(By.id("reset-form:reset-password")).isDisplayed() ? Boolean.TRUE : null);
        assertTrue(browser.find(By.id("reset-form:reset-who")).getText().endsWith("pageuser"));
        browser.find(By.id("reset-form:reset-password")).sendKeys("short");
        browser.find(By.id("reset-form:reset-confirm")).click();
        browser.waitForText("New password (at least 10 characters): must be 10..128 characters");
        browser.find(By.id("reset-form:reset-password")).clear();
        browser.find(By.id("reset-form:reset-password")).sendKeys("short-but-now-long-enough");
        browser.find(By.id("reset-form:reset-confirm")).click();
        browser.waitForText("Password of pageuser reset");
        assertTrue(Api.get("/api/users/pageuser").json().getBoolean("mustChangePassword"));
        assertEquals(401, Api.as("pageuser", "typed-for-a-new-user", () -> Api.get("/api/users/me")).status(),
                "the create form's password was not used");
        assertEquals(403, Api.as("pageuser", "short-but-now-long-enough", () -> Api.get("/api/extensions")).status(),
                "the reset password works (and must be changed first)");
    }

    /** Picks an item of a PrimeFaces selectOneMenu, again until its label shows it: a click during the panel's animation can be lost. */
    private void choose(By menu, String label) {
        browser.waitFor(d -> {
            WebElement shown = d.findElement(menu).findElement(By.cssSelector(".ui-selectonemenu-label"));
            if (label.equals(shown.getText())) {
                return Boolean.TRUE;
            }
            List<WebElement> items = d.findElements(By.cssSelector(".ui-selectonemenu-panel li[data-label='" + label + "']"));
            if (!items.isEmpty() && items.get(0).isDisplayed()) {
                items.get(0).click();
            } else {
                d.findElement(menu).click();
            }
            return null;
        });
    }

    @Test
    @Order(10)
    void the_catalogue_is_replaced_by_an_imported_csv() {
        String csv = Api.get("/api/catalogue", "text/csv").body().strip() + "\n4243,1,1,Acme,Phone 1,false\n";
        int entries = csv.strip().split("\n").length - 1;
        browser.open("/catalogue.xhtml");
        browser.find(By.id("imp:csv")).sendKeys(csv);
        browser.find(By.id("imp:import")).click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText("Catalogue replaced: " + entries + " entries.");
        assertTrue(browser.text().contains("Acme"));
        long id = Api.get("/api/catalogue", "application/json").jsonArray().stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("vendor").equals("Acme")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(204, Api.delete("/api/catalogue/" + id).status());
    }

    @Test
    @Order(11)
    void extension_info_keeps_filter_page_and_order_in_the_address_and_names_every_bad_field_at_once() {
        browser.open("/extension_info.xhtml");
        browser.find(By.id("f:from")).sendKeys("81000");
        browser.find(By.id("f:to")).sendKeys("86999");
        browser.find(By.id("f:apply")).click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/extension_info.xhtml?from=81000&to=86999") ? Boolean.TRUE : null);
        browser.find(By.cssSelector("th[id$='dir']")).click();
        browser.waitFor(d -> firstDir().equals("81003") ? Boolean.TRUE : null);
        browser.find(By.cssSelector("th[id$='dir']")).click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("?from=81000&to=86999&order=desc") ? Boolean.TRUE : null);

        // A reload shows the same filter, order and rows.
        browser.driver().navigate().refresh();
        browser.waitFor(d -> firstDir().equals("86310") ? Boolean.TRUE : null);
        assertEquals("81000", browser.find(By.id("f:from")).getAttribute("value"));
        assertEquals("86999", browser.find(By.id("f:to")).getAttribute("value"));

        // Every bad field at once, each named as the page labels it and marked; no row under refused values.
        browser.find(By.id("f:from")).clear();
        browser.find(By.id("f:from")).sendKeys("abc");
        browser.find(By.id("f:to")).clear();
        browser.find(By.id("f:to")).sendKeys("7");
        browser.find(By.id("f:notSeenDays")).sendKeys("0");
        browser.find(By.id("f:apply")).click();
        browser.waitForText("Directory from: must be 2..20 digits, was 'abc'");
        String messages = browser.find(By.id("messages")).getText();
        assertTrue(messages.contains("Directory to: must be 2..20 digits, was '7'"), messages);
        assertTrue(messages.contains("Not seen for days: must be 1..3650 (days), was 0"), messages);
        assertFalse(messages.contains("directoryNumber") || messages.contains("notSeenDays"), messages);
        for (String field : List.of("f:from", "f:to", "f:notSeenDays")) {
            assertTrue(browser.find(By.id(field)).getAttribute("class").contains("ui-state-error"), field + " marked");
        }
        assertTrue(browser.findAll(By.xpath("//tbody[@id='f:table_data']/tr[@data-ri]")).isEmpty(), "rows cleared");
        assertTrue(browser.text().contains("No rows: the filter was not applied"), browser.text());

        // A reversed range says so.
        browser.find(By.id("f:from")).clear();
        browser.find(By.id("f:from")).sendKeys("86999");
        browser.find(By.id("f:to")).clear();
        browser.find(By.id("f:to")).sendKeys("81000");
        browser.find(By.id("f:notSeenDays")).clear();
        browser.find(By.id("f:apply")).click();
        browser.waitForText("Directory to: must not be below Directory from: no directory number lies from 86999 to 81000");
        browser.screenshot("extension_info-refused");
    }

    @Test
    @Order(12)
    void the_extensions_form_names_every_bad_field_at_once_and_the_list_searches_in_the_address() {
        browser.open("/extensions.xhtml");
        browser.find(By.id("f:dir")).sendKeys("abc");
        browser.find(By.id("f:lim_input")).clear();
        browser.find(By.id("f:lim_input")).sendKeys("200");
        browser.find(By.id("f:csp_input")).clear();
        browser.find(By.id("f:csp_input")).sendKeys("999");
        browser.find(By.id("f:save")).click();
        browser.waitForText("Directory number: must be 2..20 digits, was 'abc'");
        String messages = browser.find(By.id("messages")).getText();
        assertTrue(messages.contains("LIM: must be 1..124, was "), messages);
        assertTrue(messages.contains("CSP: must be 0..500, was 999"), messages);
        assertTrue(browser.find(By.id("f:dir")).getAttribute("class").contains("ui-state-error"));

        browser.open("/extensions.xhtml");
        browser.find(By.id("f:from")).sendKeys("7000");
        browser.find(By.id("f:to")).sendKeys("7099");
        browser.find(By.id("f:search")).click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/extensions.xhtml?from=7000&to=7099") ? Boolean.TRUE : null);
        browser.driver().navigate().refresh();
        browser.waitFor(d -> firstDir().equals("7002") ? Boolean.TRUE : null);
        assertFalse(browser.find(By.id("f:table")).getText().contains("86014"), "outside the range");
        browser.screenshot("extensions-search");
    }

    private static WebElement userRow(String name) {
        return rowWith("f:table", 1, name);
    }

    // ---- data through the REST API

    private static int alarmHandle(String additionalText) {
        return Api.get("/api/alarms").jsonArray().stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("additionalText").equals(additionalText))
                .findFirst().orElseThrow().getInt("handle");
    }

    // ---- reading tables

    /** The row whose first cell (the directory number) is {@code dir}. */
    private static WebElement row(String tableId, String dir) {
        return rowWith(tableId, 1, dir);
    }

    /** The alarm row with this handle (third column). */
    private static WebElement row(String tableId, int handle) {
        return rowWith(tableId, 3, String.valueOf(handle));
    }

    private static WebElement rowWith(String tableId, int column, String value) {
        return browser.find(By.xpath("//tbody[@id='" + tableId + "_data']/tr[td[" + column + "][normalize-space()='"
                + value + "']]"));
    }

    /** A column's texts, top to bottom, read again until the table has settled. */
    private static List<String> tableColumn(String tableId, int column) {
        return browser.waitFor(d -> d.findElements(By.xpath("//tbody[@id='" + tableId + "_data']/tr/td[" + column + "]"))
                .stream().map(td -> td.getText().strip()).toList());
    }

    private static String firstDir() {
        return browser.waitFor(d -> d.findElement(By.xpath("//tbody[@id='f:table_data']/tr[1]/td[1]")).getText().strip());
    }

    /** Retried until the table has settled (an Ajax update may replace it while it is read). */
    private static String cell(String tableId, String dir, int column) {
        return browser.waitFor(d -> d.findElement(By.xpath("//tbody[@id='" + tableId + "_data']/tr[td[1][normalize-space()='"
                + dir + "']]/td[" + column + "]")).getText().strip());
    }
}
