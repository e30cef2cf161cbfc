package org.dlc.it;

import static org.dlc.it.Printouts.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Export ({@code GET /dlc/api/transfer}) and import ({@code POST}) round-trip extensions, DECT subscriptions
 * with their state, licenses and passive support; a bad import changes nothing. The server is shared with the
 * other tests, so the test erases and imports back its own extensions (3200..3299) only.
 */
class TransferIT extends ServerTest {

    /** A licensed third-party handset, a passive one, a blocked one, a Mitel one and an extension without handset. */
    private static final List<String> MINE = List.of("3201", "3202", "3203", "3204", "3205");
    private static final String LICENSED = MINE.get(0);
    private static final String PASSIVE = MINE.get(1);
    private static final String BLOCKED = MINE.get(2);
    private static final String MITEL = MINE.get(3);
    private static final String SIP = MINE.get(4);
    private static final String RANGE = "3201..3205";

    /** The test's extensions as the API and the printouts show them. */
    private static Map<String, String> extensions() {
        return Map.of("api", Api.get("/api/extensions?from=3201&to=3205").body(),
                "extension -p", ok("extension -p -d " + RANGE),
                "dect_extension -p", ok("dect_extension -p -d " + RANGE),
                "extension_info", ok("extension_info -d " + RANGE + " --terminal-info"));
    }

    private static void setUp() {
        Licenses.leaveFree(1);
        Handsets.extensionWithHandset(LICENSED, true, false);
        assertEquals("ACCEPTED", Handsets.locationRegistration(LICENSED, 10, 77).getString("result"));
        Handsets.extensionWithHandset(PASSIVE, false, true);
        assertEquals("ACCEPTED", Handsets.locationRegistration(PASSIVE, 202, 89).getString("result"));
        Handsets.extensionWithHandset(BLOCKED, false, false);
        assertEquals("REJECTED", Handsets.locationRegistration(BLOCKED, 10, 77).getString("result"));
        Handsets.registered(MITEL, 8, 3);
        assertEquals("Extension " + SIP + " initiated.\n", ok("extension -i -d " + SIP + " -l 7 --csp 3"));
    }

    /** The export with only this test's extensions. */
    private static String mine(JsonObject export) {
        JsonArray extensions = export.getJsonArray("extensions").stream().map(JsonValue::asJsonObject)
                .filter(e -> MINE.contains(e.getString("directoryNumber")))
                .collect(Json::createArrayBuilder, (b, e) -> b.add(e), (a, b) -> a.addAll(b)).build();
        assertEquals(MINE.size(), extensions.size(), extensions.toString());
        return Json.createObjectBuilder(export).add("extensions", extensions).build().toString();
    }

    private static Map<String, JsonObject> exported(String document) {
        return Json.createReader(new StringReader(document)).readObject().getJsonArray("extensions").stream()
                .map(JsonValue::asJsonObject).collect(Collectors.toMap(e -> e.getString("directoryNumber"), e -> e));
    }

    @Test
    void export_erase_and_import_give_back_extensions_subscriptions_licenses_and_passive_support() {
        setUp();
        Map<String, String> before = extensions();
        int used = Handsets.licensesUsed();

        Api.Reply export = Api.get("/api/transfer");
        assertEquals(200, export.status(), export.body());
        String document = mine(export.json());
        Map<String, JsonObject> entries = exported(document);
        assertEquals(true, entries.get(LICENSED).getBoolean("thirdPartyClient"));
        assertEquals(true, entries.get(PASSIVE).getJsonObject("dect").getBoolean("subscribedBeforeEnforcement"));
        assertEquals("BLOCKED", entries.get(BLOCKED).getJsonObject("dect").getString("state"));
        assertEquals(7, entries.get(SIP).getInt("lim"));
        assertTrue(!entries.get(SIP).containsKey("dect") || entries.get(SIP).isNull("dect"), entries.get(SIP).toString());

        for (String dir : MINE) {
            assertEquals("Extension " + dir + " erased.\n", ok("extension -e -d " + dir));
        }
        assertEquals(used - 1, Handsets.licensesUsed(), "the erased licensed extension released its license");
        assertEquals(List.of(), Handsets.diagnosticList().stream().filter(PASSIVE::equals).toList());
        assertEquals(Printouts.EXTENSION_INFO_TITLE + "\n" + Printouts.EXTENSION_INFO_HEADER + "\n",
                ok("extension_info -d " + RANGE + " --terminal-info"));

        Api.Reply imported = Api.post("/api/transfer", document);
        assertEquals(200, imported.status(), imported.body());
        assertEquals(MINE.size(), imported.json().getInt("extensions"));

        assertEquals(before, extensions());
        assertEquals(used, Handsets.licensesUsed());
        assertEquals(exported(document), exported(mine(Api.get("/api/transfer").json())), "a second export is the same");

        // The handsets are treated as before: the passive one works and is on the diagnostic list again.
        assertEquals("ACCEPTED", Handsets.locationRegistration(PASSIVE, 202, 89).getString("result"));
        assertEquals("PASSIVE", Handsets.extension(PASSIVE).getString("licenseState"));
        assertEquals(1, Handsets.diagnosticList().stream().filter(PASSIVE::equals).count());
        assertEquals("ACCEPTED", Handsets.locationRegistration(LICENSED, 10, 77).getString("result"));
        assertEquals("REJECTED", Handsets.locationRegistration(BLOCKED, 10, 77).getString("result"));
        assertEquals("ACCEPTED", Handsets.locationRegistration(MITEL, 8, 3).getString("result"));
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

        Api.Reply badFormat = Api.post("/api/transfer", "{\"format\":2,\"extensions\":[{\"directoryNumber\":\"3292\"}]}");
        assertEquals(400, badFormat.status(), badFormat.body());
        assertEquals("format: must be 1, was 2", badFormat.json().getString("detail"));

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
