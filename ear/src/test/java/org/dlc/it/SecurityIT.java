package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Logins and roles: pages and API need a user; read-only users change nothing; the API ignores session cookies. */
class SecurityIT extends ServerTest {

    @Test
    void an_unauthenticated_visit_lands_on_the_login_page() {
        try (Browser browser = new Browser()) {
            browser.open("/extension_info.xhtml");
            browser.find(By.id("j_username"));
            assertTrue(browser.text().contains("Version 1.0.0-SNAPSHOT"), browser.text());
            browser.screenshot("login");

            browser.find(By.id("j_username")).sendKeys(Users.ADMIN);
            browser.find(By.id("j_password")).sendKeys("not-the-password");
            browser.find(By.id("login-submit")).click();
            browser.waitForText("Log in failed");

            browser.find(By.id("j_username")).sendKeys(Users.ADMIN);
            browser.find(By.id("j_password")).sendKeys(Users.adminPassword());
            browser.find(By.id("login-submit")).click();
            browser.waitForText("Terminal type");
            assertTrue(browser.driver().getCurrentUrl().contains("extension_info"), browser.driver().getCurrentUrl());
        }
    }

    @Test
    void the_api_needs_credentials_except_for_health() {
        Api.Reply anonymous = Api.anonymously(() -> Api.get("/api/extensions"));
        assertEquals(401, anonymous.status(), anonymous.body());
        assertEquals(401, Api.anonymously(() -> Api.post("/api/extensions", "{\"directoryNumber\":\"5901\"}")).status());
        assertEquals(401, Api.as(Users.ADMIN, "wrong-password", () -> Api.get("/api/license")).status());
        assertEquals(200, Api.anonymously(() -> Api.get("/api/health")).status());
        assertEquals(404, Api.get("/api/extensions/5901").status(), "nothing was created");
    }

    @Test
    void a_read_only_user_sees_everything_and_changes_nothing() {
        String password = Users.ready("viewer", "read-only");
        // Two digits: listed first (shorter numbers sort first), so on the page's first page whatever the other tests created.
        Api.post("/api/extensions", "{\"directoryNumber\":\"59\"}");

        Api.as("viewer", password, () -> {
            assertEquals(200, Api.get("/api/extensions").status());
            assertEquals(200, Api.get("/api/license").status());
            assertEquals(200, Api.get("/api/alarms").status());
            assertEquals(403, Api.post("/api/extensions", "{\"directoryNumber\":\"5911\"}").status());
            assertEquals(403, Api.patch("/api/extensions/59", "{\"thirdPartyClient\":true}").status());
            assertEquals(403, Api.delete("/api/extensions/59").status());
            assertEquals(403, Api.delete("/api/diagnostics").status());
            assertEquals(403, Api.put("/api/license/file", "text/plain", Licenses.signed(5)).status());
            assertEquals(403, Api.put("/api/catalogue", "text/csv", "manic,modic_from,modic_to,vendor,model,mitel\n").status());
            assertEquals(403, Api.get("/api/users").status());
            return null;
        });
        assertEquals(200, Api.get("/api/extensions/59").status());
        assertEquals(404, Api.get("/api/extensions/5911").status());

        try (Browser browser = new Browser().login("viewer", password)) {
            browser.open("/extensions.xhtml");
            browser.waitFor(d -> d.findElements(By.xpath("//tbody[@id='f:table_data']/tr/td[1][normalize-space()='59']"))
                    .isEmpty() ? null : Boolean.TRUE);
            assertTrue(browser.findAll(By.id("f:save")).isEmpty(), "no save button for read-only");
            browser.screenshot("extensions-read-only");
            browser.open("/diagnostic_print.xhtml");
            browser.find(By.id("f:refresh"));
            assertTrue(browser.findAll(By.id("f:clear")).isEmpty(), "no clear button for read-only");
            browser.open("/alarms.xhtml");
            browser.find(By.id("f:refresh"));
            assertTrue(browser.findAll(By.xpath("//button[contains(@id,'clear')]")).isEmpty());
            browser.open("/licenses.xhtml");
            browser.waitForText("3RD-PARTY-SIP-EXTENSION");
            assertTrue(browser.findAll(By.id("f:install")).isEmpty(), "no license upload for read-only");
            browser.open("/users.xhtml");
            browser.waitForText("Not allowed for viewer (read-only): the page /users.xhtml needs the permission user.manage");
            browser.find(By.id("nav:m-extensions"));
        }
    }

    @Test
    void an_operator_manages_extensions_but_not_licenses() {
        String password = Users.ready("operator1", "operator");
        Api.as("operator1", password, () -> {
            assertEquals(201, Api.post("/api/extensions", "{\"directoryNumber\":\"5920\"}").status());
            assertEquals(403, Api.put("/api/license/file", "text/plain", Licenses.signed(5)).status());
            return null;
        });
    }

    @Test
    void a_new_user_must_change_the_initial_password_first() {
        Api.Reply created = Api.post("/api/users", "{\"name\":\"newbie\",\"role\":\"operator\",\"password\":\"given-by-admin\"}");
        assertEquals(201, created.status(), created.body());
        Api.Reply before = Api.as("newbie", "given-by-admin", () -> Api.get("/api/extensions"));
        assertEquals(403, before.status(), before.body());

        try (Browser browser = new Browser().login("newbie", "given-by-admin")) {
            browser.waitForText("must be changed");
            browser.find(By.id("f:current")).sendKeys("given-by-admin");
            browser.find(By.id("f:new")).sendKeys("chosen-by-newbie");
            browser.find(By.id("f:repeat")).sendKeys("chosen-by-newbie");
            browser.find(By.id("f:change")).click();
            browser.waitForText("Password changed.");
            browser.screenshot("account");
        }
        assertEquals(200, Api.as("newbie", "chosen-by-newbie", () -> Api.get("/api/extensions")).status());
    }

    @Test
    void the_api_does_not_accept_the_pages_session_cookie_for_changes() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        // A session with a form login, as a browser has after logging in to the pages.
        send(client, HttpRequest.newBuilder(URI.create(Server.BASE + "/index.xhtml")).GET());
        String form = "j_username=" + URLEncoder.encode(Users.ADMIN, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(Users.adminPassword(), StandardCharsets.UTF_8);
        send(client, HttpRequest.newBuilder(URI.create(Server.BASE + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(200, send(client, HttpRequest.newBuilder(URI.create(Server.BASE + "/index.xhtml")).GET()).statusCode(),
                "logged in");

        HttpResponse<String> change = send(client, HttpRequest.newBuilder(URI.create(Server.BASE + "/api/extensions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"directoryNumber\":\"5930\"}")));

        assertEquals(403, change.statusCode(), change.body());
        assertEquals(404, Api.get("/api/extensions/5930").status());
    }

    @Test
    void a_dect_controller_has_a_generated_secret_and_reaches_the_air_interface_only() {
        Api.Reply refused = Api.post("/api/users", "{\"name\":\"dect-a\",\"role\":\"dect-controller\",\"password\":\"chosen-by-a-person\"}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("password", refused.json().getString("field"));

        Api.Reply created = Api.post("/api/users", "{\"name\":\"dect-a\",\"role\":\"dect-controller\"}");
        assertEquals(201, created.status(), created.body());
        String secret = created.json().getString("secret");
        assertEquals(43, secret.length(), "256 bits, URL-safe Base64: " + secret);
        assertEquals(false, created.json().getBoolean("mustChangePassword"));
        assertEquals(false, Api.get("/api/users/dect-a").json().containsKey("secret"), "shown once only");
        Handsets.migrated("5940");

        Api.as("dect-a", secret, () -> {
            assertEquals(200, Api.get("/api/ping").status());
            Api.Reply registration = Api.post("/api/dect/location-registrations",
                    "{\"ipei\":\"" + Handsets.ipei("5940") + "\"}");
            assertEquals("ACCEPTED", registration.json().getString("result"), registration.body());
            assertEquals(403, Api.get("/api/extensions").status());
            assertEquals(403, Api.post("/api/extensions", "{\"directoryNumber\":\"5941\"}").status());
            assertEquals(403, Api.command("extension -p -d 5940").status());
            assertEquals(403, Api.get("/api/users/me").status());
            return null;
        });

        Api.Reply role = Api.patch("/api/users/dect-a", "{\"role\":\"admin\"}");
        assertEquals(400, role.status(), role.body());
        assertEquals("role", role.json().getString("field"));
        String next = Api.post("/api/users/dect-a/secret", "").json().getString("secret");
        assertEquals(401, Api.as("dect-a", secret, () -> Api.get("/api/ping")).status(), "the old secret ends at once");
        assertEquals(200, Api.as("dect-a", next, () -> Api.get("/api/ping")).status());
        assertEquals("dect-controller", Api.get("/api/users/dect-a").json().getString("role"));
        assertEquals(404, Api.get("/api/extensions/5941").status());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
