package org.dlc.it;

import static org.dlc.it.Printouts.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Export ({@code GET /dlc/api/transfer}) and import ({@code POST}) round-trip the whole system: extensions, DECT
 * subscriptions with their state and passive support, licenses, the catalogue, the diagnostic list and the active
 * alarms. The export is signed by the server: an edited one is refused and changes nothing, and only a signed one
 * can carry passive support.
 */
class TransferIT extends ServerTest {

    /** A licensed third-party handset, a passive one, a blocked one, a Mitel one and an extension without handset. */
    private static final List<String> MINE = List.of("3201", "3202", "3203", "3204", "3205");
    private static final String LICENSED = MINE.get(0);
    private static final String PASSIVE = MINE.get(1);
    private static final String BLOCKED = MINE.get(2);
    private static final String MITEL = MINE.get(3);
    private static final String SIP = MINE.get(4);

    /** The whole system as an administrator reads it. */
    private static Map<String, String> whatTheAdministratorSees() {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String command : List.of("extension_info -d all --terminal-info", "extension -p -d all",
                "dect_extension -p -d all", "diagnostic_print", "alarm -p", "license_status")) {
            seen.put(command, ok(command));
        }
        seen.put("catalogue", Api.get("/api/catalogue", "text/csv").body());
        return seen;
    }

    private static void setUp() {
        Handsets.migrated(PASSIVE);
        assertEquals("ACCEPTED", Handsets.locationRegistration(PASSIVE, 202, 89).getString("result"));
        Licenses.leaveFree(1);
        Handsets.extensionWithHandset(LICENSED, true);
        assertEquals("ACCEPTED", Handsets.locationRegistration(LICENSED, 10, 77).getString("result"));
        Handsets.extensionWithHandset(BLOCKED, false);
        assertEquals("REJECTED", Handsets.locationRegistration(BLOCKED, 10, 77).getString("result"));
        Handsets.registered(MITEL, 8, 3);
        assertEquals("Extension " + SIP + " initiated.\n", ok("extension -i -d " + SIP + " -l 7 --csp 3"));
    }

    private static Map<String, JsonObject> extensionsOf(JsonObject document) {
        return document.getJsonArray("extensions").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(e -> e.getString("directoryNumber"), e -> e));
    }

    /** The document with one member of one extension's subscription changed, its signature kept. */
    private static String edited(JsonObject document, String dir, String member, JsonValue value) {
        var extensions = Json.createArrayBuilder();
        for (JsonValue e : document.getJsonArray("extensions")) {
            JsonObject x = e.asJsonObject();
            extensions.add(!x.getString("directoryNumber").equals(dir) ? x : Json.createObjectBuilder(x)
                    .add("dect", Json.createObjectBuilder(x.getJsonObject("dect")).add(member, value)).build());
        }
        return Json.createObjectBuilder(document).add("extensions", extensions).build().toString();
    }

    @Test
    void export_wipe_and_import_give_back_the_whole_system_and_an_edited_export_is_refused() {
        setUp();
        Map<String, String> before = whatTheAdministratorSees();
        int used = Handsets.licensesUsed();

        Api.Reply export = Api.get("/api/transfer");
        assertEquals(200, export.status(), export.body());
        JsonObject document = export.json();
        Map<String, JsonObject> entries = extensionsOf(document);
        assertEquals(true, entries.get(LICENSED).getBoolean("thirdPartyClient"));
        assertEquals(true, entries.get(PASSIVE).getJsonObject("dect").getBoolean("subscribedBeforeEnforcement"));
        assertEquals(false, entries.get(BLOCKED).getJsonObject("dect").getBoolean("subscribedBeforeEnforcement"));
        assertEquals("BLOCKED", entries.get(BLOCKED).getJsonObject("dect").getString("state"));
        assertEquals(Handsets.KEY, entries.get(BLOCKED).getJsonObject("dect").getString("authenticationKey"),
                "an administrator's export carries the DECT keys");
        assertEquals(7, entries.get(SIP).getInt("lim"));
        assertTrue(!entries.get(SIP).containsKey("dect") || entries.get(SIP).isNull("dect"), entries.get(SIP).toString());
        assertTrue(document.getJsonArray("catalogue").size() > 0, "the catalogue is exported");
        assertEquals(Api.get("/api/alarms").jsonArray().size(), document.getJsonArray("alarms").size());
        JsonObject system = Api.get("/api/system").json();
        assertEquals(system.getString("exportKeyFingerprint"), document.getJsonObject("signature").getString("key"));

        Handsets.eraseAllExtensions();
        assertEquals(0, Handsets.licensesUsed(), "the wipe released every license");
        assertEquals(List.of(), Handsets.diagnosticList());

        // Edited into passive support for the blocked handset: refused with the reason, nothing changes.
        Api.Reply forged = Api.post("/api/transfer", edited(document, BLOCKED, "subscribedBeforeEnforcement",
                JsonValue.TRUE));
        assertEquals(400, forged.status(), forged.body());
        assertEquals("signature", forged.json().getString("field"), forged.body());
        assertTrue(forged.json().getString("detail").contains("does not match the document"), forged.body());
        assertEquals(0, Api.get("/api/extensions").json().getInt("total"), "nothing imported");
        // The same without the signature: passive support needs one.
        Api.Reply unsigned = Api.post("/api/transfer", Json.createObjectBuilder(document).remove("signature")
                .build().toString());
        assertEquals(400, unsigned.status(), unsigned.body());
        assertTrue(unsigned.json().getString("detail").startsWith("signature: is required"), unsigned.body());
        assertEquals(0, Api.get("/api/extensions").json().getInt("total"), "nothing imported");

        Api.Reply imported = Api.post("/api/transfer", document.toString());
        assertEquals(200, imported.status(), imported.body());
        assertEquals(entries.size(), imported.json().getInt("extensions"));
        assertEquals(1, imported.json().getInt("passive"), imported.body());
        JsonObject record = Api.get("/api/audit?action=import&limit=1").json().getJsonArray("records").getJsonObject(0);
        assertEquals("admin", record.getString("actor"));
        assertEquals("signed export of " + document.getString("exportedAt") + ": " + entries.size() + " extensions, "
                + imported.json().getInt("subscriptions") + " subscriptions (1 passive), "
                + imported.json().getInt("alarms") + " alarms restored", record.getString("after"));

        assertEquals(before, whatTheAdministratorSees());
        assertEquals(used, Handsets.licensesUsed());

        // The handsets are treated as before.
        assertEquals("ACCEPTED", Handsets.locationRegistration(PASSIVE, 202, 89).getString("result"));
        assertEquals("PASSIVE", Handsets.extension(PASSIVE).getString("licenseState"));
        assertEquals(List.of(PASSIVE), Handsets.diagnosticList());
        assertEquals("ACCEPTED", Handsets.locationRegistration(LICENSED, 10, 77).getString("result"));
        assertEquals("REJECTED", Handsets.locationRegistration(BLOCKED, 10, 77).getString("result"));
        assertEquals("ACCEPTED", Handsets.locationRegistration(MITEL, 8, 3).getString("result"));
    }

    @Test
    void an_unsigned_import_subscribes_after_enforcement() {
        Api.Reply imported = Api.post("/api/transfer", "{\"format\":2,\"extensions\":[{\"directoryNumber\":\"3211\","
                + "\"dect\":{\"ipei\":\"" + Handsets.ipei("3211") + "\",\"authenticationKey\":\"1234\"}}]}");
        assertEquals(200, imported.status(), imported.body());
        assertEquals(0, imported.json().getInt("passive"));
        assertEquals("REJECTED", Handsets.locationRegistration("3211", 10, 77).getString("result"),
                "third party without license, subscribed after enforcement");
        assertEquals("BLOCKED", Handsets.extension("3211").getString("licenseState"));
    }

    @Test
    void a_malformed_import_is_4xx_and_changes_nothing() {
        int used = Handsets.licensesUsed();
        String extensions = Api.get("/api/extensions?from=3200&to=3299").body();

        Api.Reply badIpei = Api.post("/api/transfer", "{\"format\":1,\"extensions\":["
                + "{\"directoryNumber\":\"3290\",\"lim\":1},"
                + "{\"directoryNumber\":\"3291\",\"dect\":{\"ipei\":\"0001905920154\",\"authenticationKey\":\"1234\"}}]}");
        assertEquals(400, badIpei.status(), badIpei.body());
        assertEquals("extensions[1].ipei", badIpei.json().getString("field"), badIpei.body());

        Api.Reply badFormat = Api.post("/api/transfer", "{\"format\":3,\"extensions\":[{\"directoryNumber\":\"3292\"}]}");
        assertEquals(400, badFormat.status(), badFormat.body());
        assertEquals("format: must be 1 or 2, was 3", badFormat.json().getString("detail"));

        Api.Reply notJson = Api.post("/api/transfer", "{\"format\":1,\"extensions\":[");
        assertEquals(400, notJson.status(), notJson.body());

        Api.Reply twice = Api.post("/api/transfer", "{\"format\":1,\"extensions\":["
                + "{\"directoryNumber\":\"3293\"},{\"directoryNumber\":\"3293\"}]}");
        assertEquals(400, twice.status(), twice.body());
        assertTrue(twice.json().getString("detail").contains("3293 appears twice"), twice.body());

        assertEquals(extensions, Api.get("/api/extensions?from=3200&to=3299").body());
        for (String dir : List.of("3290", "3291", "3292", "3293")) {
            assertEquals(404, Api.get("/api/extensions/" + dir).status(), dir);
        }
        assertEquals(used, Handsets.licensesUsed());
    }
}
