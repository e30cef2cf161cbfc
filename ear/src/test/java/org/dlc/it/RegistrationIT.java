package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.dlc.handset.Ipei;
import org.dlc.tools.DlcClient;
import org.dlc.tools.HandsetSimulator;
import org.junit.jupiter.api.Test;

/** Subscription and location registration through the DECT endpoints, as a DECT controller calls them. */
class RegistrationIT extends ServerTest {

    private final HandsetSimulator air = new HandsetSimulator(new DlcClient(Server.BASE, Users.ADMIN, Users.adminPassword()));

    private static String subscribed(String dir) {
        String ipei = Ipei.of(77, Integer.parseInt(dir)).value();
        subscribedAs(dir, ipei);
        return ipei;
    }

    @Test
    void a_mitel_handset_subscribes_and_shows_its_model() {
        String ipei = subscribed("5101");
        HandsetSimulator.Answer access = air.accessRights(ipei, "4321");
        assertEquals(new HandsetSimulator.Answer("ACCEPTED", "Subscription OK"), access);
        assertTrue(air.locationRegistration(ipei, 8, 3).accepted());
        JsonObject info = Api.get("/api/extensions/5101").json();
        assertEquals("DT390", info.getString("vendor"));
        assertEquals("MITEL", info.getString("classification"));
        assertEquals("EXEMPT", info.getString("licenseState"));
    }

    @Test
    void a_wrong_authentication_code_gets_no_access_rights() {
        String ipei = subscribed("5102");
        assertEquals("REJECTED", air.accessRights(ipei, "9999").result());
        assertEquals("REJECTED", air.locationRegistration(ipei, 8, 1).result(), "no location registration without access rights");
    }

    @Test
    void an_unlicensed_third_party_handset_is_rejected_blocked_and_raises_alarm_12_which_repeats_fold_into() {
        String ipei = subscribed("5103");
        air.accessRights(ipei, "4321");

        HandsetSimulator.Answer first = air.locationRegistration(ipei, 10, 77);
        HandsetSimulator.Answer second = air.locationRegistration(ipei, 10, 77);

        assertEquals(new HandsetSimulator.Answer("REJECTED", "No Access"), first);
        assertEquals("REJECTED", second.result());
        JsonObject info = Api.get("/api/extensions/5103").json();
        assertEquals("BLOCKED", info.getString("licenseState"));
        assertEquals("Manufacturer: 10, Model: 77", info.getString("vendor"));
        List<JsonObject> alarms = Api.get("/api/alarms").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("additionalText").equals("Directory number =5103")).toList();
        assertEquals(1, alarms.size(), alarms.toString());
        JsonObject alarm = alarms.get(0);
        assertEquals(12, alarm.getInt("code"));
        assertEquals(2, alarm.getInt("count"));
        assertEquals(1, alarm.getInt("severity"));
        assertEquals("Failed registration of third party DECT device due to missing third party license",
                alarm.getString("explanation"));

        // A blank registration does not get round the block.
        assertEquals("REJECTED", air.locationRegistration(ipei, null, null).result());

        // Unblocking: a license is made available and seized; the next registration is accepted.
        Licenses.leaveFree(1);
        Api.Reply seized = Api.patch("/api/extensions/5103", "{\"thirdPartyClient\":true}");
        assertEquals(200, seized.status(), seized.body());
        assertTrue(air.locationRegistration(ipei, 10, 77).accepted());
        assertEquals("LICENSED", Api.get("/api/extensions/5103").json().getString("licenseState"));
    }

    @Test
    void passive_handsets_identified_at_the_same_moment_raise_one_alarm_14() throws Exception {
        // Directory numbers outside the pages test's range (1000..6999), whose first page they would crowd.
        for (JsonObject a : activeAlarms14()) {
            assertEquals(200, Api.post("/api/alarms/" + a.getInt("handle") + "/clear", "").status());
        }
        List<String> dirs = IntStream.range(75200, 75240).mapToObj(String::valueOf).toList();
        Handsets.migrated(dirs.toArray(String[]::new));
        List<String> ipeis = dirs.stream().map(Handsets::ipei).toList();

        ExecutorService pool = Executors.newFixedThreadPool(ipeis.size());
        List<Future<Boolean>> accepted = pool.invokeAll(ipeis.stream()
                .<Callable<Boolean>>map(ipei -> () -> air.locationRegistration(ipei, 10, 77).accepted()).toList());
        pool.shutdown();
        for (Future<Boolean> f : accepted) {
            assertTrue(f.get(), "passive support accepts");
        }
        assertEquals(1, activeAlarms14().size(), activeAlarms14().toString());
    }

    @Test
    void one_handset_rejected_many_times_at_once_folds_into_one_alarm_12() throws Exception {
        String dir = "75300";
        assertEquals(201, Api.post("/api/extensions", "{\"directoryNumber\":\"" + dir + "\"}").status());
        String ipei = Ipei.of(77, Integer.parseInt(dir)).value();
        assertEquals(200, Api.put("/api/extensions/" + dir + "/dect", "application/json",
                "{\"ipei\":\"" + ipei + "\",\"authenticationKey\":\"4321\"}").status());
        air.accessRights(ipei, "4321");

        int attempts = 20;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Future<String>> results = pool.invokeAll(IntStream.range(0, attempts)
                .<Callable<String>>mapToObj(i -> () -> air.locationRegistration(ipei, 10, 77).result()).toList());
        pool.shutdown();
        for (Future<String> f : results) {
            assertEquals("REJECTED", f.get());
        }
        List<JsonObject> alarms = Api.get("/api/alarms").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("additionalText").equals("Directory number =" + dir)).toList();
        assertEquals(1, alarms.size(), alarms.toString());
        assertEquals(attempts, alarms.get(0).getInt("count"));
    }

    /**
     * A retry of a blocked handset is answered from memory and counted in its alarm 12 without a transaction; once
     * the alarm is cleared, the next retry raises a new one (and the cleared one kept every retry before the clear).
     */
    @Test
    void retries_count_in_the_active_alarm_12_and_after_its_clear_the_next_retry_raises_a_new_one() {
        String dir = "75301";
        String ipei = subscribed(dir);
        air.accessRights(ipei, "4321");
        assertEquals("REJECTED", air.locationRegistration(ipei, 10, 77).result());
        int first = Handsets.activeAlarm(12, dir);
        for (int i = 0; i < 5; i++) {
            assertEquals("REJECTED", air.locationRegistration(ipei, 10, 77).result());
        }

        assertEquals(200, Api.post("/api/alarms/" + first + "/clear", "").status());
        JsonObject cleared = Api.get("/api/alarms/" + first).json();
        assertEquals(6, cleared.getInt("count"), "every rejection answered before the clear");
        assertEquals(false, cleared.getBoolean("active"));

        assertEquals("REJECTED", air.locationRegistration(ipei, 10, 77).result());
        assertEquals("REJECTED", air.locationRegistration(ipei, 10, 77).result());
        int second = Handsets.activeAlarm(12, dir);
        assertTrue(second != first, "a new alarm 12");
        assertEquals(2, Api.get("/api/alarms/" + second).json().getInt("count"));
        assertEquals(6, Api.get("/api/alarms/" + first).json().getInt("count"), "the cleared one counts no more");
    }

    private static List<JsonObject> activeAlarms14() {
        return Api.get("/api/alarms").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getInt("code") == 14).toList();
    }

    /** A repeat is answered from caches without a transaction: every change must still show at the next one. */
    @Test
    void subscriptions_and_licenses_that_change_show_at_the_next_registration() {
        String ipei = Ipei.of(77, 5120).value();
        assertEquals("REJECTED", air.locationRegistration(ipei, 8, 1).result(), "not subscribed yet");
        subscribedAs("5120", ipei);
        assertEquals("ACCEPTED", air.accessRights(ipei, "4321").result());
        assertTrue(air.locationRegistration(ipei, 8, 1).accepted());
        assertTrue(air.locationRegistration(ipei, 8, 1).accepted(), "the repeat");

        assertEquals(204, Api.delete("/api/extensions/5120/dect").status());
        assertEquals("REJECTED", air.locationRegistration(ipei, 8, 1).result(), "unsubscribed");

        // The same handset on another extension, with a third-party identity: licensed, then released.
        subscribedAs("5121", ipei);
        assertEquals("ACCEPTED", air.accessRights(ipei, "4321").result());
        Licenses.leaveFree(1);
        assertEquals(200, Api.patch("/api/extensions/5121", "{\"thirdPartyClient\":true}").status());
        assertTrue(air.locationRegistration(ipei, 10, 77).accepted());
        assertTrue(air.locationRegistration(ipei, 10, 77).accepted(), "the repeat");
        assertEquals("LICENSED", Api.get("/api/extensions/5121").json().getString("licenseState"));
        assertEquals(200, Api.patch("/api/extensions/5121", "{\"thirdPartyClient\":false}").status());
        assertEquals("REJECTED", air.locationRegistration(ipei, 10, 77).result(), "the license was released");
        assertEquals("BLOCKED", Api.get("/api/extensions/5121").json().getString("licenseState"));

        // Erasing the extension ends its subscription too: the handset is not found any more.
        assertEquals(204, Api.delete("/api/extensions/5121").status());
        JsonObject erased = Api.post("/api/dect/location-registrations",
                "{\"ipei\":\"" + ipei + "\",\"manic\":10,\"modic\":77}").json();
        assertEquals("REJECTED", erased.getString("result"));
        assertEquals("IPEI not subscribed", erased.getString("reason"));
    }

    @Test
    void a_passive_handset_leaves_the_diagnostic_list_when_it_registers_with_a_license() {
        Handsets.migrated("5122");
        assertEquals("ACCEPTED", Handsets.locationRegistration("5122", 10, 77).getString("result"));
        assertTrue(Handsets.diagnosticList().contains("5122"), Handsets.diagnosticList().toString());

        Licenses.leaveFree(1);
        assertEquals(200, Api.patch("/api/extensions/5122", "{\"thirdPartyClient\":true}").status());
        assertEquals("ACCEPTED", Handsets.locationRegistration("5122", 10, 77).getString("result"));

        assertEquals("LICENSED", Api.get("/api/extensions/5122").json().getString("licenseState"));
        assertEquals(false, Handsets.diagnosticList().contains("5122"), Handsets.diagnosticList().toString());
    }

    private static void subscribedAs(String dir, String ipei) {
        assertEquals(201, Api.post("/api/extensions", "{\"directoryNumber\":\"" + dir + "\"}").status());
        Api.Reply r = Api.put("/api/extensions/" + dir + "/dect", "application/json",
                "{\"ipei\":\"" + ipei + "\",\"authenticationKey\":\"4321\"}");
        assertEquals(200, r.status(), r.body());
    }

    @Test
    void malformed_registrations_are_4xx_naming_the_field() {
        Api.Reply badManic = Api.post("/api/dect/location-registrations", "{\"ipei\":\"0001905920153\",\"manic\":70000,\"modic\":1}");
        assertEquals(400, badManic.status());
        assertEquals("manic", badManic.json().getString("field"));
        assertEquals("manic: must be 0..65535, was 70000", badManic.json().getString("detail"));

        Api.Reply badIpei = Api.post("/api/dect/access-rights", "{\"ipei\":\"0001905920154\",\"authenticationCode\":\"1\"}");
        assertEquals(400, badIpei.status());
        assertEquals("ipei: check character of 0001905920154 must be 3", badIpei.json().getString("detail"));

        assertEquals(400, Api.post("/api/dect/location-registrations", "{\"ipei\":").status());
        assertEquals(400, Api.post("/api/dect/location-registrations", "{\"manic\":1,\"modic\":1}").status());
    }

    @Test
    void bad_extension_input_names_the_field_and_range_and_changes_nothing() {
        Api.Reply lim = Api.post("/api/extensions", "{\"directoryNumber\":\"5104\",\"lim\":125}");
        assertEquals(400, lim.status());
        assertEquals("lim: must be 1..124, was 125", lim.json().getString("detail"));
        assertEquals(404, Api.get("/api/extensions/5104").status());

        Api.Reply dir = Api.post("/api/extensions", "{\"directoryNumber\":\"1\"}");
        assertEquals("directoryNumber: must be 2..20 digits, was '1'", dir.json().getString("detail"));

        assertEquals(201, Api.post("/api/extensions", "{\"directoryNumber\":\"5105\"}").status());
        Api.Reply duplicate = Api.post("/api/extensions", "{\"directoryNumber\":\"5105\"}");
        assertEquals(409, duplicate.status());
        assertEquals("extension 5105 already exists", duplicate.json().getString("detail"));
    }
}
