package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.dlc.handset.Ipei;
import org.dlc.tools.DlcClient;
import org.dlc.tools.HandsetSimulator;

/**
 * Extensions with DECT handsets, set up through the REST API and the DECT endpoints as an administrator and a
 * DECT controller would. A handset's IPEI is derived from its directory number, so each test's own number range
 * keeps its handsets apart from the others'.
 */
final class Handsets {

    static final String KEY = "1234";

    private Handsets() {
    }

    /** The air interface, as the administrator. */
    static HandsetSimulator air() {
        return new HandsetSimulator(new DlcClient(Server.BASE, Users.ADMIN, Users.adminPassword()));
    }

    static String ipei(String dir) {
        return Ipei.of(19, Integer.parseInt(dir)).value();
    }

    static void created(String dir, boolean thirdPartyClient) {
        Api.Reply r = Api.post("/api/extensions",
                "{\"directoryNumber\":\"" + dir + "\",\"thirdPartyClient\":" + thirdPartyClient + "}");
        assertEquals(201, r.status(), r.body());
    }

    /** Subscribes a handset on the extension (after enforcement, as every subscription now is) and grants it access rights on air. */
    static void subscribed(String dir) {
        Api.Reply r = Api.put("/api/extensions/" + dir + "/dect", "application/json",
                "{\"ipei\":\"" + ipei(dir) + "\",\"authenticationKey\":\"" + KEY + "\"}");
        assertEquals(200, r.status(), r.body());
        Api.Reply access = Api.post("/api/dect/access-rights",
                "{\"ipei\":\"" + ipei(dir) + "\",\"authenticationCode\":\"" + KEY + "\"}");
        assertEquals("ACCEPTED", access.json().getString("result"), access.body());
    }

    /** A new extension with a handset subscribed on it after enforcement. */
    static void extensionWithHandset(String dir, boolean thirdPartyClient) {
        created(dir, thirdPartyClient);
        subscribed(dir);
    }

    /**
     * Extensions without license whose handsets were subscribed before enforcement, as an upgraded system has them:
     * loaded by the migration, the only way in for them. A migration is allowed only while the system has no DECT
     * subscription, so every subscription on the server is ended first: call it before the test subscribes others.
     * @return the migration's report
     */
    static JsonObject migrated(String... dirs) {
        endAllSubscriptions();
        JsonArrayBuilder extensions = Json.createArrayBuilder();
        for (String dir : dirs) {
            extensions.add(Json.createObjectBuilder().add("directoryNumber", dir)
                    .add("dect", Json.createObjectBuilder().add("ipei", ipei(dir)).add("authenticationKey", KEY)));
        }
        Api.Reply r = Api.post("/api/migration",
                Json.createObjectBuilder().add("format", 1).add("extensions", extensions).build().toString());
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** Erases every extension on the server (a wipe: licenses released, subscriptions ended). */
    static void eraseAllExtensions() {
        JsonArray page;
        do {
            page = Api.get("/api/extensions?limit=1000").json().getJsonArray("items");
            for (JsonValue e : page) {
                String dir = e.asJsonObject().getString("directoryNumber");
                assertEquals(204, Api.delete("/api/extensions/" + dir).status(), dir);
            }
        } while (!page.isEmpty());
    }

    /** Ends every DECT subscription on the server (each test sets up the handsets it needs). */
    static void endAllSubscriptions() {
        JsonArray dect;
        do {
            dect = Api.get("/api/extensions?terminalType=DECT&limit=1000").json().getJsonArray("items");
            for (JsonValue e : dect) {
                String dir = e.asJsonObject().getString("directoryNumber");
                assertEquals(204, Api.delete("/api/extensions/" + dir + "/dect").status(), dir);
            }
        } while (!dect.isEmpty());
    }

    /** A location registration with a model identity, or a blank one (manic null). @return the answer */
    static JsonObject locationRegistration(String dir, Integer manic, Integer modic) {
        String identity = manic == null ? "" : ",\"manic\":" + manic + ",\"modic\":" + modic;
        Api.Reply r = Api.post("/api/dect/location-registrations", "{\"ipei\":\"" + ipei(dir) + "\"" + identity + "}");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** Subscribed after enforcement and accepted at its location registration. */
    static void registered(String dir, Integer manic, Integer modic) {
        extensionWithHandset(dir, false);
        assertEquals("ACCEPTED", locationRegistration(dir, manic, modic).getString("result"));
    }

    static JsonObject extension(String dir) {
        Api.Reply r = Api.get("/api/extensions/" + dir);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static int licensesUsed() {
        return Api.get("/api/license").json().getInt("used");
    }

    /** The active alarms whose additional text names this extension. */
    static List<JsonObject> activeAlarms(String dir) {
        return Api.get("/api/alarms").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("additionalText").equals("Directory number =" + dir)).toList();
    }

    /** The handle of the one active alarm with this code for this extension. */
    static int activeAlarm(int code, String dir) {
        List<JsonObject> alarms = activeAlarms(dir).stream().filter(a -> a.getInt("code") == code).toList();
        assertEquals(1, alarms.size(), "active alarms " + code + " for " + dir + ": " + alarms);
        return alarms.get(0).getInt("handle");
    }

    /**
     * Clears the active alarm 14, if any: it is raised once for the whole system, for the first passively
     * supported handset identified while none is active, so a test that wants its own clears it first.
     */
    static void clearActiveAlarm14() {
        Api.get("/api/alarms").jsonArray().stream().map(JsonValue::asJsonObject).filter(a -> a.getInt("code") == 14)
                .forEach(a -> assertEquals(200, Api.post("/api/alarms/" + a.getInt("handle") + "/clear", "").status()));
    }

    /** The IPEI as the printouts show it: EMC, serial number and check character apart. */
    static String printedIpei(String dir) {
        return Ipei.parse(ipei(dir)).printed();
    }

    /** The directory numbers on the diagnostic list. */
    static List<String> diagnosticList() {
        return Api.get("/api/diagnostics").jsonArray().stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("directoryNumber")).toList();
    }
}
