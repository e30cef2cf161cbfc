package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Secrets are never returned in clear to anyone, nor logged: the SNMP communities and USM passwords, DECT
 * authentication keys, people's passwords and a DECT controller's secret. Every role and an anonymous caller read
 * every answer that could carry one; at the end the server's log is searched for each value the test used.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecretsIT extends ServerTest {

    private static final String AUTH_KEY = "73519486";
    private static final String READ_COMMUNITY = "sec-read-c0mm-q7x";
    private static final String TRAP_COMMUNITY = "sec-trap-c0mm-k2v";
    private static final String READ_AUTH = "sec-read-auth-m4p";
    private static final String READ_PRIV = "sec-read-priv-z8w";
    private static final String INFORM_AUTH = "sec-inform-auth-j5r";
    private static final String INFORM_PRIV = "sec-inform-priv-h3t";
    private static final String AGENT = "udp:127.0.0.1:" + Server.SNMP_PORT;
    private static final String CONFIG = "/api/snmp/config";

    /** Who reads: name and password (or secret); only a password: an API token; neither: an anonymous caller. */
    private record Caller(String role, String user, String password) {

        /** No user but a password: the password is an API token. */
        <T> T call(Supplier<T> calls) {
            return user != null ? Api.as(user, password, calls)
                    : password != null ? Api.withToken(password, calls) : Api.anonymously(calls);
        }

        boolean anonymous() {
            return user == null && password == null;
        }

        boolean admin() {
            return role.equals("admin");
        }
    }

    private static final List<Caller> CALLERS = new ArrayList<>();
    /** Every secret value the test used or saw, by what it is. */
    private static final Map<String, String> SECRETS = new LinkedHashMap<>();
    @BeforeAll
    static void usersAndSecrets() throws IOException {

        String operator = Users.ready("sec-operator", "operator");
        String viewer = Users.ready("sec-viewer", "read-only");
        Api.Reply controller = Api.post("/api/users", "{\"name\":\"sec-dect\",\"role\":\"dect-controller\"}");
        assertEquals(201, controller.status(), controller.body());
        String controllerSecret = controller.json().getString("secret");
        CALLERS.add(new Caller("admin", Users.ADMIN, Users.adminPassword()));
        CALLERS.add(new Caller("operator", "sec-operator", operator));
        CALLERS.add(new Caller("read-only", "sec-viewer", viewer));
        CALLERS.add(new Caller("dect-controller", "sec-dect", controllerSecret));
        CALLERS.add(new Caller("anonymous", null, null));

        SECRETS.put("DECT authentication key", AUTH_KEY);
        SECRETS.put("read community", READ_COMMUNITY);
        SECRETS.put("trap community", TRAP_COMMUNITY);
        SECRETS.put("read user's auth password", READ_AUTH);
        SECRETS.put("read user's priv password", READ_PRIV);
        SECRETS.put("inform user's auth password", INFORM_AUTH);
        SECRETS.put("inform user's priv password", INFORM_PRIV);
        SECRETS.put("admin's password", Users.adminPassword());
        SECRETS.put("operator's password", operator);
        SECRETS.put("operator's initial password", "sec-operator-initial-pw");
        SECRETS.put("read-only user's password", viewer);
        SECRETS.put("DECT controller's secret", controllerSecret);
        Api.Reply token = Api.as("sec-operator", operator, () -> Api.post("/api/users/me/tokens",
                "{\"label\":\"secrets test\"}"));
        assertEquals(201, token.status(), token.body());
        String tokenText = token.json().getString("token");
        SECRETS.put("operator's API token", tokenText);
        SECRETS.put("operator's API token's secret", tokenText.substring(tokenText.indexOf('.') + 1));
        CALLERS.add(new Caller("operator (API token)", null, tokenText));
    }

    /** The agent as at a first start: nobody reads it, it notifies nobody (the other tests configure their own). */
    @AfterAll
    static void resetSnmpConfig() {
        Api.Reply put = Api.put(CONFIG, "application/json", "{}");
        assertEquals(200, put.status(), put.body());
    }

    /** The reply holds none of the secrets. */
    private static void assertNoSecret(Api.Reply reply, String what) {
        SECRETS.forEach((name, value) -> assertFalse(reply.body().contains(value),
                "the " + name + " in " + what + ": " + reply));
    }

    private static NetSnmp.Result snmpGet(String community) {
        return NetSnmp.run("snmpget", "-v2c", "-c", community, "-t", "1", "-r", "0", AGENT, "SNMPv2-MIB::sysDescr.0");
    }

    private static String snmpConfig(String readCommunity) {
        return Json.createObjectBuilder()
                .add("address", "127.0.0.1").add("port", Server.SNMP_PORT)
                .add("readCommunity", readCommunity)
                .add("readUsers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("user", "secreader").add("authPassword", READ_AUTH).add("privPassword", READ_PRIV)))
                // nothing listens on these ports, and this test raises no alarm: nothing is sent
                .add("trapTargets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("address", "127.0.0.1").add("port", 9).add("community", TRAP_COMMUNITY)))
                .add("informTargets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("address", "127.0.0.1").add("port", 9).add("user", "secinform")
                        .add("authPassword", INFORM_AUTH).add("privPassword", INFORM_PRIV)
                        .add("retries", 0).add("timeoutMillis", 100)))
                .build().toString();
    }

    @Test
    @Order(2)
    void an_administrator_sets_every_snmp_secret_and_reads_back_only_fingerprints() {
        Api.Reply put = Api.put(CONFIG, "application/json", snmpConfig(READ_COMMUNITY));
        assertEquals(200, put.status(), put.body());
        assertNoSecret(put, "the PUT's answer");
        JsonObject shown = Api.get(CONFIG).json();
        assertEquals(put.json(), shown);
        JsonObject community = shown.getJsonObject("readCommunity");
        assertEquals(Set.of("set", "fingerprint"), community.keySet());
        assertTrue(community.getString("fingerprint").matches("[0-9a-f]{8}"), community.toString());
        JsonObject inform = shown.getJsonArray("informTargets").getJsonObject(0);
        assertEquals("secinform", inform.getString("user"));
        assertNotEquals(inform.getJsonObject("authPassword"), inform.getJsonObject("privPassword"),
                "different secrets, different fingerprints");
        assertTrue(snmpGet(READ_COMMUNITY).out().contains("STRING: DECT License Control"));
        // The audit trail records the change with the fingerprints, as the administrator reads it.
        JsonObject record = Api.get("/api/audit?action=snmp-config.change&limit=1").json().getJsonArray("records")
                .getJsonObject(0);
        assertEquals("admin", record.getString("actor"));
        assertEquals(shown, Json.createReader(new java.io.StringReader(record.getString("after"))).readObject());
    }

    /** The configuration is stored in the database with the agent's state: no file of the data directory has it. */
    @Test
    @Order(3)
    void the_snmp_secrets_are_in_no_file_of_the_data_directory() throws IOException {
        Path database = Server.DATA_DIR.resolve("derby");
        try (java.util.stream.Stream<Path> files = Files.walk(Server.DATA_DIR)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(database)).toList()) {
                String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
                for (String secret : List.of(READ_COMMUNITY, TRAP_COMMUNITY, READ_AUTH, READ_PRIV, INFORM_AUTH,
                        INFORM_PRIV)) {
                    assertFalse(text.contains(secret), secret + " in " + f);
                }
            }
        }
        assertFalse(Files.exists(Server.DATA_DIR.resolve("snmp/agent.json")), "no agent.json any more");
    }

    @Test
    @Order(3)
    void only_an_administrator_reads_the_snmp_configuration_and_every_reader_the_status() {
        for (Caller c : CALLERS) {
            c.call(() -> {
                Api.Reply config = Api.get(CONFIG);
                assertNoSecret(config, c.role() + " GET " + CONFIG);
                assertEquals(c.anonymous() ? 401 : c.admin() ? 200 : 403, config.status(), c.role() + ": " + config);
                for (String path : List.of(CONFIG + "/", "/api/snmp/%63onfig", "/api/snmp/config;x=1")) {
                    Api.Reply r = Api.get(path);
                    assertNoSecret(r, c.role() + " GET " + path);
                    // A variant the API does not route is 404 for everyone (nothing served); one it routes is
                    // the configuration and refused like it.
                    assertTrue(c.anonymous() ? r.status() == 401
                            : r.status() == 404 || r.status() == (c.admin() ? 200 : 403), c.role() + " GET " + path + ": " + r);
                }
                Api.Reply status = Api.get("/api/snmp/status");
                assertNoSecret(status, c.role() + " GET /api/snmp/status");
                assertEquals(c.anonymous() ? 401 : c.role().equals("dect-controller") ? 403 : 200, status.status(),
                        c.role() + ": " + status);
                return null;
            });
        }
        JsonObject status = Api.get("/api/snmp/status").json();
        assertEquals(Set.of("listening", "address", "port", "trapTargets", "informTargets", "notificationsSent",
                "informsTimedOut", "notificationSequence", "engineId", "engineBoots"), status.keySet());
    }

    @Test
    @Order(4)
    void nobody_but_an_administrator_rebinds_the_agent_and_it_still_listens_where_it_did() {
        String rebind = "{\"address\":\"0.0.0.0\",\"port\":" + Server.SNMP_PORT + ",\"readCommunity\":\"public\"}";
        for (Caller c : CALLERS) {
            if (!c.admin()) {
                Api.Reply r = c.call(() -> Api.put(CONFIG, "application/json", rebind));
                assertEquals(c.anonymous() ? 401 : 403, r.status(), c.role() + " PUT: " + r);
            }
        }
        JsonObject status = Api.get("/api/snmp/status").json();
        assertTrue(status.getBoolean("listening"), status.toString());
        assertEquals("127.0.0.1", status.getString("address"));
        assertEquals(Server.SNMP_PORT, status.getInt("port"));
        assertTrue(snmpGet(READ_COMMUNITY).out().contains("STRING: DECT License Control"), "the community is unchanged");
        assertFalse(snmpGet("public").out().contains("DECT License Control"), "public reads nothing");
    }

    @Test
    @Order(5)
    void a_put_of_what_a_get_shows_keeps_the_secrets_and_a_new_entry_needs_its_own() {
        JsonObject shown = Api.get(CONFIG).json();
        String changed = Json.createObjectBuilder(shown).add("repeatNotifyIntervalSeconds", 30).build().toString();
        Api.Reply put = Api.put(CONFIG, "application/json", changed);
        assertEquals(200, put.status(), put.body());
        assertEquals(30, put.json().getInt("repeatNotifyIntervalSeconds"));
        assertEquals(shown.getJsonObject("readCommunity"), put.json().getJsonObject("readCommunity"), "same fingerprint");
        assertEquals(shown.getJsonArray("informTargets"), put.json().getJsonArray("informTargets"));
        assertTrue(snmpGet(READ_COMMUNITY).out().contains("STRING: DECT License Control"), "the community was kept");

        String newTarget = Json.createObjectBuilder(shown).add("trapTargets", Json.createArrayBuilder(
                shown.getJsonArray("trapTargets")).add(Json.createObjectBuilder().add("address", "127.0.0.1")
                .add("port", 10))).build().toString();
        Api.Reply refused = Api.put(CONFIG, "application/json", newTarget);
        assertEquals(400, refused.status(), refused.body());
        assertEquals("trapTargets[1].community", refused.json().getString("field"));
        assertEquals(put.json(), Api.get(CONFIG).json(), "nothing changed");
    }

    @Test
    @Order(6)
    void no_extension_read_nor_printout_shows_a_dect_authentication_key() {
        Handsets.created("7701", false);
        Api.Reply subscribed = Api.put("/api/extensions/7701/dect", "application/json",
                "{\"ipei\":\"" + Handsets.ipei("7701") + "\",\"authenticationKey\":\"" + AUTH_KEY + "\"}");
        assertEquals(200, subscribed.status(), subscribed.body());
        assertNoSecret(subscribed, "the subscription's answer");
        Handsets.created("7702", false);
        Api.Reply byCommand = Api.command("dect_extension -i -d 7702 --ipei " + Handsets.ipei("7702")
                + " --authentication-key " + AUTH_KEY);
        assertEquals("DECT extension 7702 initiated.\n", byCommand.body());
        Api.Reply badKey = Api.command("dect_extension -i -d 7703 --ipei " + Handsets.ipei("7703")
                + " --authentication-key " + AUTH_KEY + "0");
        assertEquals(400, badKey.status(), badKey.body());
        assertNoSecret(badKey, "a refused key's error");

        for (Caller c : CALLERS) {
            c.call(() -> {
                for (String path : List.of("/api/extensions", "/api/extensions/7701", "/api/extensions/7702",
                        "/api/extensions?terminalType=DECT&from=7700&to=7709", "/api/diagnostics", "/api/alarms")) {
                    Api.Reply r = Api.get(path);
                    assertNoSecret(r, c.role() + " GET " + path);
                    readable(c, r, "GET " + path);
                }
                for (String line : List.of("dect_extension -p", "dect_extension -p -d 7701", "dect_extension -p -d 7700..7709",
                        "extension -p -d 7701", "extension_info -d 7700..7709 --terminal-info")) {
                    Api.Reply r = Api.command(line);
                    assertNoSecret(r, c.role() + " " + line);
                    readable(c, r, line);
                    if (r.status() == 200 && line.startsWith("dect_extension")) {
                        assertTrue(r.body().contains(Handsets.printedIpei("7701")), line + ": " + r.body());
                    }
                }
                return null;
            });
        }
    }

    /** The answer an administrator gets is a real one; nobody anonymous gets anything; the others as allowed. */
    private static void readable(Caller c, Api.Reply r, String what) {
        if (c.admin()) {
            assertEquals(200, r.status(), what + ": " + r);
        } else if (c.anonymous()) {
            assertEquals(401, r.status(), what + ": " + r);
        } else if (c.role().equals("dect-controller")) {
            assertEquals(403, r.status(), what + ": " + r);
        } else {
            assertTrue(r.status() == 200 || r.status() == 403, c.role() + " " + what + ": " + r);
        }
    }

    @Test
    @Order(7)
    void no_user_read_shows_a_password_a_hash_or_a_secret() {
        for (Caller c : CALLERS) {
            c.call(() -> {
                for (String path : List.of("/api/users", "/api/users/sec-dect", "/api/users/sec-operator", "/api/users/me")) {
                    Api.Reply r = Api.get(path);
                    assertNoSecret(r, c.role() + " GET " + path);
                    if (r.status() == 200) {
                        List<JsonObject> users = r.body().startsWith("[")
                                ? r.jsonArray().stream().map(JsonValue::asJsonObject).toList() : List.of(r.json());
                        users.forEach(u -> assertEquals(Set.of("name", "role", "mustChangePassword"), u.keySet(),
                                c.role() + " GET " + path + ": " + u));
                    }
                }
                return null;
            });
        }
        assertEquals(200, Api.get("/api/users").status());
    }

    /** Every caller lists its own API tokens (or is refused): never a token's text, only id, label and time. */
    @Test
    @Order(7)
    void no_token_list_shows_a_token() {
        for (Caller c : CALLERS) {
            Api.Reply r = c.call(() -> Api.get("/api/users/me/tokens"));
            assertNoSecret(r, c.role() + " GET /api/users/me/tokens");
            if (r.status() == 200) {
                r.jsonArray().stream().map(JsonValue::asJsonObject).forEach(t -> assertEquals(
                        Set.of("id", "label", "createdAt"), t.keySet(), c.role() + ": " + t));
            }
        }
        Api.Reply own = CALLERS.get(1).call(() -> Api.get("/api/users/me/tokens"));
        assertEquals(1, own.jsonArray().size(), own.body());
    }

    @Test
    @Order(8)
    void no_page_shows_a_secret() {
        try (Browser browser = new Browser().login(Users.ADMIN, Users.adminPassword())) {
            for (String page : List.of("/extensions.xhtml", "/extension_info.xhtml", "/users.xhtml", "/index.xhtml")) {
                browser.open(page);
                browser.ajaxDone();
                String source = browser.driver().getPageSource();
                assertTrue(source.contains("nav:logout"), "logged in on " + page);
                SECRETS.forEach((name, value) -> assertFalse(source.contains(value), "the " + name + " on " + page));
            }
            // A refused subscription does not send the key typed back to the browser.
            browser.open("/extensions.xhtml");
            browser.find(By.id("f:dir")).sendKeys("7704");
            browser.find(By.id("f:save")).click();
            browser.waitForText("Extension 7704 created.");
            browser.find(By.id("f:ipei")).sendKeys("00019 0000000 1");
            browser.find(By.id("f:key")).sendKeys(AUTH_KEY);
            browser.find(By.id("f:subscribe")).click();
            browser.waitForText("IPEI: check character of");  // refused at the field (FormCheck)
            browser.ajaxDone();
            assertFalse(browser.driver().getPageSource().contains(AUTH_KEY), "the key typed is sent back");
            assertEquals("", browser.find(By.id("f:key")).getAttribute("value"));
        }
    }

    @Test
    @Order(9)
    void the_server_log_holds_none_of_the_secrets() throws IOException {
        String log = Files.readString(Server.LOG);
        assertTrue(log.contains("SNMP agent listening on UDP 127.0.0.1:" + Server.SNMP_PORT), "the log is the server's");
        SECRETS.forEach((name, value) -> assertFalse(log.contains(value), "the " + name + " is in " + Server.LOG));
    }

    @Test
    @Order(10)
    void the_audit_trail_holds_none_of_the_secrets() {
        String trail = Api.get("/api/audit?limit=10000", "text/csv").body();
        assertTrue(trail.contains("snmp-config.change"), "the trail holds the test's changes");
        SECRETS.forEach((name, value) -> assertFalse(trail.contains(value), "the " + name + " is in the audit trail"));
    }
}
