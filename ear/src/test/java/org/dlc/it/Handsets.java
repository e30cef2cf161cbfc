package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    /**
     * Subscribes a handset on the extension; one subscribed after enforcement also gets its access rights on air,
     * one from before enforcement (an upgraded system) already has them.
     */
    static void subscribed(String dir, boolean beforeEnforcement) {
        Api.Reply r = Api.put("/api/extensions/" + dir + "/dect" + (beforeEnforcement ? "?beforeEnforcement=true" : ""),
                "application/json", "{\"ipei\":\"" + ipei(dir) + "\",\"authenticationKey\":\"" + KEY + "\"}");
        assertEquals(200, r.status(), r.body());
        if (!beforeEnforcement) {
            Api.Reply access = Api.post("/api/dect/access-rights",
                    "{\"ipei\":\"" + ipei(dir) + "\",\"authenticationCode\":\"" + KEY + "\"}");
            assertEquals("ACCEPTED", access.json().getString("result"), access.body());
        }
    }

    /** A new extension with a handset subscribed on it. */
    static void extensionWithHandset(String dir, boolean thirdPartyClient, boolean beforeEnforcement) {
        created(dir, thirdPartyClient);
        subscribed(dir, beforeEnforcement);
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
        extensionWithHandset(dir, false, false);
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
