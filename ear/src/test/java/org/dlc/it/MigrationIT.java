package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Passive support enters only through the migration of a system from before enforcement, an administrator's
 * one-time load into a system without DECT subscriptions; the everyday subscription calls cannot ask for it.
 */
class MigrationIT extends ServerTest {

    private static String handset(String dir, boolean thirdPartyClient, Integer manic, Integer modic) {
        var dect = Json.createObjectBuilder().add("ipei", Handsets.ipei(dir)).add("authenticationKey", Handsets.KEY)
                .add("state", "REGISTERED");
        if (manic != null) {
            dect.add("manic", manic).add("modic", modic);
        }
        return Json.createObjectBuilder().add("directoryNumber", dir).add("thirdPartyClient", thirdPartyClient)
                .add("dect", dect).build().toString();
    }

    private static String system(String... extensions) {
        return "{\"format\":1,\"extensions\":[" + String.join(",", extensions) + "]}";
    }

    @Test
    void a_migration_into_a_system_without_subscriptions_reports_what_will_be_passive() {
        Handsets.endAllSubscriptions();
        Licenses.leaveFree(1);
        Api.Reply migrated = Api.post("/api/migration", system(handset("3401", false, 10, 77),
                handset("3402", false, 202, 89), handset("3403", false, 10, 77), handset("3404", true, 10, 78),
                handset("3405", false, 8, 1), handset("3406", false, null, null),
                "{\"directoryNumber\":\"3407\"}"));
        assertEquals(200, migrated.status(), migrated.body());
        assertEquals(Json.createReader(new java.io.StringReader("""
                {"extensions":7,"subscriptions":6,"passive":3,
                 "passivePerVendor":{"Manufacturer: 10, Model: 77":2,"Manufacturer: 202, Model: 89":1},
                 "licensed":1,"exempt":1,"unidentified":1}""")).readObject(), migrated.json());
        JsonObject record = Api.get("/api/audit?action=migration&limit=1").json().getJsonArray("records")
                .getJsonObject(0);
        assertEquals(List.of("admin", "system", "7 extensions, 6 subscriptions: 3 passive {Manufacturer: 10, Model: 77=2,"
                + " Manufacturer: 202, Model: 89=1}, 1 licensed, 1 exempt, 1 unidentified", "done"),
                List.of(record.getString("actor"), record.getString("subject"), record.getString("after"),
                        record.getString("outcome")));

        assertEquals("ACCEPTED", Handsets.locationRegistration("3401", 10, 77).getString("result"));
        assertEquals("PASSIVE", Handsets.extension("3401").getString("licenseState"));
        assertEquals("ACCEPTED", Handsets.locationRegistration("3404", 10, 78).getString("result"));
        assertEquals("LICENSED", Handsets.extension("3404").getString("licenseState"));

        // A second migration is refused: the system has subscriptions now.
        Api.Reply again = Api.post("/api/migration", system(handset("3408", false, 10, 77)));
        assertEquals(409, again.status(), again.body());
        assertTrue(again.json().getString("detail").startsWith("migration refused: this system has 6 DECT"
                + " subscription(s)"), again.body());
        assertEquals(404, Api.get("/api/extensions/3408").status(), "nothing changed");

        // Unsubscribed and subscribed again: a new subscription, after enforcement, which needs a license.
        assertEquals(204, Api.delete("/api/extensions/3402/dect").status());
        Handsets.subscribed("3402");
        assertEquals("REJECTED", Handsets.locationRegistration("3402", 202, 89).getString("result"));
        assertEquals("BLOCKED", Handsets.extension("3402").getString("licenseState"));
    }

    @Test
    void the_subscription_call_cannot_ask_for_passive_support() {
        Handsets.created("3411", false);
        Api.Reply r = Api.put("/api/extensions/3411/dect?beforeEnforcement=true", "application/json",
                "{\"ipei\":\"" + Handsets.ipei("3411") + "\",\"authenticationKey\":\"1234\"}");
        assertEquals(400, r.status(), r.body());
        assertEquals("beforeEnforcement", r.json().getString("field"), r.body());
        assertEquals("SIP", Handsets.extension("3411").getString("terminalType"), "no subscription was made");
    }

    @Test
    void a_migration_document_cannot_carry_what_a_system_before_enforcement_cannot_have() {
        Handsets.endAllSubscriptions();
        Api.Reply blocked = Api.post("/api/migration", system(
                "{\"directoryNumber\":\"3421\",\"dect\":{\"ipei\":\"" + Handsets.ipei("3421")
                        + "\",\"authenticationKey\":\"1234\",\"state\":\"PASSIVE\"}}"));
        assertEquals(400, blocked.status(), blocked.body());
        assertEquals("extensions[0].dect.state", blocked.json().getString("field"), blocked.body());
        Api.Reply signed = Api.post("/api/migration", "{\"format\":2,\"signature\":{\"key\":\"k\",\"value\":\"v\"},"
                + "\"extensions\":[]}");
        assertEquals(400, signed.status(), signed.body());
        assertEquals("signature", signed.json().getString("field"), signed.body());
        assertEquals(404, Api.get("/api/extensions/3421").status(), "nothing changed");
    }

    @Test
    void only_an_administrator_migrates_imports_or_exports() {
        String operator = Users.ready("migration-operator", "operator");
        String reader = Users.ready("migration-reader", "read-only");
        Api.as("migration-operator", operator, () -> {
            assertEquals(403, Api.post("/api/migration", system()).status());
            assertEquals(403, Api.post("/api/transfer", system()).status());
            assertEquals(403, Api.get("/api/transfer").status());
            return null;
        });
        Api.as("migration-reader", reader, () -> {
            assertEquals(403, Api.post("/api/migration", system()).status());
            assertEquals(403, Api.get("/api/transfer").status());
            return null;
        });
        assertEquals(401, Api.anonymously(() -> Api.post("/api/migration", system())).status());
    }
}
