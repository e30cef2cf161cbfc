package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The handset catalogue over REST ({@code /api/catalogue}): it never contradicts itself, and a change re-evaluates
 * the stored handsets at once. MANIC codes 4711..4713 (no other test uses them), directory numbers 5971..5972.
 */
class CatalogueIT extends ServerTest {

    private static final String RULE = "MODIC ranges of one MANIC must be disjoint or one strictly inside the other"
            + " (the narrower one wins)";

    private static Api.Reply add(int manic, int from, int to, String vendor, String model, boolean mitel) {
        return Api.post("/api/catalogue", entry(manic, from, to, vendor, model, mitel));
    }

    private static String entry(int manic, int from, int to, String vendor, String model, boolean mitel) {
        return "{\"manic\":" + manic + ",\"modicFrom\":" + from + ",\"modicTo\":" + to + ",\"vendor\":\"" + vendor
                + "\",\"model\":\"" + model + "\",\"mitel\":" + mitel + "}";
    }

    private static long added(int manic, int from, int to, String vendor, String model, boolean mitel) {
        Api.Reply r = add(manic, from, to, vendor, model, mitel);
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private static void deleted(long id) {
        assertEquals(204, Api.delete("/api/catalogue/" + id).status());
    }

    private static List<JsonObject> entriesOf(int manic) {
        return Api.get("/api/catalogue", "application/json").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getInt("manic") == manic).toList();
    }

    @Test
    void a_handset_blocked_as_third_party_is_unblocked_by_a_mitel_entry_for_its_identity() {
        Handsets.extensionWithHandset("5971", false);
        assertEquals("REJECTED", Handsets.locationRegistration("5971", 4711, 7).getString("result"));
        assertEquals("BLOCKED", Handsets.extension("5971").getString("licenseState"));

        long mitel = added(4711, 7, 7, "Mitel", "OEM 4711", true);
        try {
            JsonObject unblocked = Handsets.extension("5971");
            assertEquals("EXEMPT", unblocked.getString("licenseState"));
            assertEquals("SUBSCRIBED", unblocked.getString("handsetState"), "not registered since the block");
            assertEquals("MITEL", unblocked.getString("classification"));
            assertEquals("OEM 4711", unblocked.getString("vendor"));

            JsonObject next = Handsets.locationRegistration("5971", 4711, 7);
            assertEquals("ACCEPTED", next.getString("result"), next.toString());
            assertEquals("Subscription OK", next.getString("display"));
            assertEquals("REGISTERED", Handsets.extension("5971").getString("handsetState"));
        } finally {
            deleted(mitel);
        }
        // Corrected back to third party: it is rejected again at its next registration (subscribed after enforcement).
        assertEquals("Manufacturer: 4711, Model: 7", Handsets.extension("5971").getString("vendor"));
        assertEquals("REJECTED", Handsets.locationRegistration("5971", 4711, 7).getString("result"));
        assertEquals("BLOCKED", Handsets.extension("5971").getString("licenseState"));
    }

    @Test
    void a_passive_handset_the_catalogue_now_calls_mitel_leaves_the_diagnostic_list_at_once() {
        Handsets.migrated("5972");
        assertEquals("ACCEPTED", Handsets.locationRegistration("5972", 4712, 1).getString("result"));
        assertTrue(Handsets.diagnosticList().contains("5972"), Handsets.diagnosticList().toString());
        assertEquals("PASSIVE", Handsets.extension("5972").getString("licenseState"));

        long mitel = added(4712, 0, 255, "Mitel", "OEM 4712", true);
        try {
            assertFalse(Handsets.diagnosticList().contains("5972"), Handsets.diagnosticList().toString());
            assertEquals("EXEMPT", Handsets.extension("5972").getString("licenseState"));
        } finally {
            deleted(mitel);
        }
        assertTrue(Handsets.diagnosticList().contains("5972"), "third party again: listed again, without a registration");
    }

    @Test
    void overlapping_entries_are_refused_naming_the_other_entry_and_nothing_is_stored() {
        // Nested ranges are accepted: the narrower one wins.
        long all = added(4713, 0, 255, "Acme", "Any", false);
        long oem = added(4713, 1, 1, "Mitel", "OEM", true);
        long mid = added(4713, 10, 20, "Acme", "Mid", false);
        try {
            Api.Reply same = add(4713, 1, 1, "Acme", "A1", false);
            assertEquals(409, same.status(), same.body());
            assertEquals("catalogue entry MANIC 4713, MODIC 1..1: Acme A1 (third party) overlaps entry " + oem
                    + " (MANIC 4713, MODIC 1..1: Mitel OEM (Mitel)): " + RULE, same.json().getString("detail"));

            Api.Reply crossing = add(4713, 15, 30, "Mitel", "Cross", true);
            assertEquals(409, crossing.status(), crossing.body());
            assertEquals("catalogue entry MANIC 4713, MODIC 15..30: Mitel Cross (Mitel) overlaps entry " + mid
                    + " (MANIC 4713, MODIC 10..20: Acme Mid (third party)): " + RULE, crossing.json().getString("detail"));

            Api.Reply moved = Api.put("/api/catalogue/" + mid, "application/json",
                    entry(4713, 1, 1, "Acme", "Mid", false));
            assertEquals(409, moved.status(), moved.body());
            assertEquals("catalogue entry MANIC 4713, MODIC 1..1: Acme Mid (third party) overlaps entry " + oem
                    + " (MANIC 4713, MODIC 1..1: Mitel OEM (Mitel)): " + RULE, moved.json().getString("detail"));

            String csv = Api.get("/api/catalogue", "text/csv").body();
            int lines = csv.strip().split("\n").length;
            Api.Reply imported = Api.put("/api/catalogue", "text/csv", csv.strip() + "\n4713,20,40,Acme,Late,false\n");
            assertEquals(400, imported.status(), imported.body());
            assertEquals("catalogue line " + (lines + 1), imported.json().getString("field"));
            assertTrue(imported.json().getString("detail").endsWith(": MANIC 4713, MODIC 20..40: Acme Late (third party)"
                    + " overlaps line " + lineOf(csv, "Mid")
                    + " (MANIC 4713, MODIC 10..20: Acme Mid (third party)): " + RULE), imported.body());

            assertEquals(csv, Api.get("/api/catalogue", "text/csv").body(), "nothing stored");
            assertEquals(List.of("0..255 Any", "1..1 OEM", "10..20 Mid"), entriesOf(4713).stream()
                    .map(e -> e.getInt("modicFrom") + ".." + e.getInt("modicTo") + " " + e.getString("model"))
                    .sorted().toList());
        } finally {
            deleted(mid);
            deleted(oem);
            deleted(all);
        }
    }

    /** The line number (header = 1) of the CSV line whose model is {@code model}. */
    private static int lineOf(String csv, String model) {
        List<String> lines = csv.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).endsWith("," + model + ",false")) {
                return i + 1;
            }
        }
        throw new AssertionError(model + " not in " + csv);
    }
}
