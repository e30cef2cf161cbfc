package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The SNMP agent against the real net-snmp tools: snmptrapd (MIB loaded) receives alarm 12 as a v2c TRAP,
 * alarm 14 as a v3 authPriv INFORM and the clear, decoded by name; snmpwalk/snmptable/snmpget read the active
 * table and the history; wrong credentials get nothing but the RFC 3414 report that says why. Targets are
 * configured through the REST API, alarms caused through the product's own REST API, as a DECT controller and an
 * administrator would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SnmpIT extends ServerTest {

    private static final String READ_COMMUNITY = "it-read-c0mmunity";
    private static final String TRAP_COMMUNITY = "it-trap-c0mmunity";
    private static final String READ_USER = "itreader";
    private static final String READ_AUTH = "reader-auth-pw";
    private static final String READ_PRIV = "reader-priv-pw";
    private static final String INFORM_USER = "itinform";
    private static final String INFORM_AUTH = "inform-auth-pw";
    private static final String INFORM_PRIV = "inform-priv-pw";
    private static final String AGENT = "udp:127.0.0.1:" + Server.SNMP_PORT;
    private static final String TABLE = "DLC-MIB::dlcAlarmActiveTable";

    /** v2c traps to one snmptrapd, v3 informs to another, so each one's log shows one way of delivery. */
    private static Trapd trapReceiver;
    private static Trapd informReceiver;
    private static int alarm12;
    private static int alarm14;
    private static int sentBefore;

    @BeforeAll
    static void targets() {
        NetSnmp.requireTools();
        // Alarm 14 is raised once for the whole system: another test's is cleared now, before there are targets,
        // so that this test's passive handset raises its own and the counters count this test's notifications only.
        Handsets.clearActiveAlarm14();
        trapReceiver = new Trapd(TRAP_COMMUNITY, "nobodyv3", "unused-auth-pw", "unused-priv-pw");
        informReceiver = new Trapd("no-v2c-here", INFORM_USER, INFORM_AUTH, INFORM_PRIV);

        JsonObject current = Api.get("/api/snmp/config").json();
        String config = Json.createObjectBuilder(current)
                .add("readCommunity", READ_COMMUNITY)
                .add("readUsers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("user", READ_USER).add("authPassword", READ_AUTH).add("privPassword", READ_PRIV)))
                .add("trapTargets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("address", "127.0.0.1").add("port", trapReceiver.port).add("community", TRAP_COMMUNITY)))
                .add("informTargets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("address", "127.0.0.1").add("port", informReceiver.port).add("user", INFORM_USER)
                        .add("authPassword", INFORM_AUTH).add("privPassword", INFORM_PRIV)
                        .add("retries", 2).add("timeoutMillis", 1000)))
                .add("repeatNotifyIntervalSeconds", 60)
                .build().toString();
        int sentBeforePut = Api.get("/api/snmp/status").json().getInt("notificationsSent");
        Api.Reply put = Api.put("/api/snmp/config", "application/json", config);
        assertEquals(200, put.status(), put.body());
        JsonObject status = Api.get("/api/snmp/status").json();
        assertTrue(status.getBoolean("listening"), status.toString());
        assertEquals(Server.SNMP_PORT, status.getInt("port"), status.toString());
        // The restart announced itself to each new target with a warmStart: counted once delivered.
        sentBefore = awaitSent(sentBeforePut + 2);
    }

    /** Waits until the sent counter reaches {@code expected} (informs count when acknowledged); @return it */
    private static int awaitSent(int expected) {
        long deadline = System.currentTimeMillis() + 10_000;
        int sent;
        do {
            sent = Api.get("/api/snmp/status").json().getInt("notificationsSent");
        } while (sent < expected && System.currentTimeMillis() < deadline);
        assertEquals(expected, sent, "notifications sent");
        return sent;
    }

    private static long warmStarts(Trapd receiver) {
        return receiver.received().stream().filter(n -> n.isQualified("SNMPv2-MIB::warmStart")).count();
    }

    @AfterAll
    static void stopReceivers() {
        if (trapReceiver != null) {
            trapReceiver.close();
        }
        if (informReceiver != null) {
            informReceiver.close();
        }
    }

    private static Api.Reply register(String dir) {
        return Api.post("/api/dect/location-registrations",
                "{\"ipei\":\"" + Handsets.ipei(dir) + "\",\"manic\":10,\"modic\":77}");
    }

    private static int activeHandle(int code, String dir) {
        return Api.get("/api/alarms").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getInt("code") == code && a.getString("additionalText").equals("Directory number =" + dir))
                .mapToInt(a -> a.getInt("handle")).findFirst()
                .orElseThrow(() -> new AssertionError("no active alarm " + code + " for " + dir));
    }

    private static void assertAlarmVarbinds(Trapd.Notification n, int handle, int code, String severity, String dir) {
        String h = "." + handle + " = ";
        assertTrue(n.has("DLC-MIB::dlcAlarmCode" + h + "Gauge32: " + code), n.toString());
        assertTrue(n.has("DLC-MIB::dlcAlarmDomain" + h + "INTEGER: acs(2)"), n.toString());
        assertTrue(n.has("DLC-MIB::dlcAlarmSeverity" + h + "INTEGER: " + severity), n.toString());
        assertTrue(n.has("DLC-MIB::dlcAlarmLim" + h + "Gauge32: 1"), n.toString());
        assertTrue(n.has("DLC-MIB::dlcAlarmSenderUnit" + h + "INTEGER: ctlp(92)"), n.toString());
        // net-snmp prints a DisplayString without quotes
        assertTrue(n.has("DLC-MIB::dlcAlarmAdditionalText" + h + "STRING: Directory number =" + dir), n.toString());
        assertTrue(n.has("DLC-MIB::dlcAlarmCount" + h + "Gauge32: 1"), n.toString());
        Pattern dateAndTime = Pattern.compile("STRING: \\d{4}-\\d{1,2}-\\d{1,2},\\d{1,2}:\\d{1,2}:\\d{1,2}\\.\\d,\\+0:0");
        assertTrue(n.varbinds().stream().anyMatch(v -> v.startsWith("DLC-MIB::dlcAlarmFirstAt" + h)
                && dateAndTime.matcher(v.substring(v.indexOf("STRING"))).matches()), n.toString());
        assertTrue(n.varbinds().stream().anyMatch(v -> v.startsWith("DLC-MIB::dlcAlarmLatestAt" + h)
                && dateAndTime.matcher(v.substring(v.indexOf("STRING"))).matches()), n.toString());
        assertTrue(n.has("DLC-MIB::dlcAlarmDirectoryNumber" + h + "STRING: " + dir), n.toString());
        assertTrue(n.has("DLC-MIB::dlcAlarmIpei" + h + "STRING: " + Handsets.printedIpei(dir)), n.toString());
        assertTrue(n.has("DLC-MIB::dlcAlarmHandsetLim" + h + "Gauge32: 1"), n.toString());
        assertTrue(n.has("DLC-MIB::dlcAlarmEventType" + h + "INTEGER: "
                + (code == 12 ? "operationalViolation(8)" : "processingErrorAlarm(4)")), n.toString());
        assertTrue(n.has("DLC-MIB::dlcAlarmProbableCause" + h + "INTEGER: "
                + (code == 12 ? "underlyingResourceUnavailable(554)" : "configurationOrCustomizationError(506)")),
                n.toString());
        assertTrue(n.has("DLC-MIB::dlcAlarmPerceivedSeverity" + h + "INTEGER: "
                + (severity.equals("cleared(0)") ? "cleared(1)" : "warning(6)")), n.toString());
        assertTrue(n.varbinds().get(0).startsWith("SNMPv2-MIB::sysUpTime.0 = Timeticks: "), n.toString());
        assertTrue(sequence(n) > 0, n.toString());
        assertEquals(18, n.varbinds().size(), n.toString());
    }

    /** The notification's dlcNotificationSequence (net-snmp prints an Unsigned32 as Gauge32). */
    private static long sequence(Trapd.Notification n) {
        String prefix = "DLC-MIB::dlcNotificationSequence.0 = Gauge32: ";
        return n.varbinds().stream().filter(v -> v.startsWith(prefix)).mapToLong(v -> Long.parseLong(
                v.substring(prefix.length()))).findFirst().orElseThrow(() -> new AssertionError("no sequence: " + n));
    }

    /** One scalar of DLC-MIB as snmpget prints its value, e.g. "Gauge32: 3". */
    private static String scalar(String name) {
        NetSnmp.Result get = NetSnmp.run("snmpget", "-v2c", "-c", READ_COMMUNITY, AGENT, "DLC-MIB::" + name + ".0");
        String prefix = "DLC-MIB::" + name + ".0 = ";
        assertTrue(get.out().startsWith(prefix), get.toString());
        return get.out().strip().substring(prefix.length());
    }

    /** Handles in the agent's active table, by walking one column. */
    private static Set<Integer> walkedHandles() {
        NetSnmp.Result walk = NetSnmp.run("snmpwalk", "-v2c", "-c", READ_COMMUNITY, "-t", "2", "-r", "1", AGENT,
                "DLC-MIB::dlcAlarmCode");
        assertEquals(0, walk.exit(), walk.toString());
        Set<Integer> handles = new TreeSet<>();
        Matcher m = Pattern.compile("DLC-MIB::dlcAlarmCode\\.(\\d+) = Gauge32: \\d+").matcher(walk.out());
        while (m.find()) {
            handles.add(Integer.parseInt(m.group(1)));
        }
        return handles;
    }

    private static Set<Integer> activeHandles() {
        Set<Integer> handles = new TreeSet<>();
        Api.get("/api/alarms").jsonArray().forEach(a -> handles.add(a.asJsonObject().getInt("handle")));
        return handles;
    }

    @Test
    @Order(0)
    void a_configuration_change_restarts_the_agent_with_a_warm_start_to_each_target() {
        for (Trapd receiver : List.of(trapReceiver, informReceiver)) {
            Trapd.Notification warm = receiver.await(n -> n.isQualified("SNMPv2-MIB::warmStart"), 5000)
                    .orElseThrow(() -> new AssertionError("no warmStart at " + receiver.received()));
            assertEquals(2, warm.varbinds().size(), warm.toString());
            assertTrue(warm.varbinds().get(0).startsWith("SNMPv2-MIB::sysUpTime.0 = Timeticks: "), warm.toString());
        }
        assertTrue(informReceiver.received().get(0).security().startsWith("INFORM, SNMP v3, user " + INFORM_USER),
                "the inform receiver got it as an authenticated inform: " + informReceiver.received());
    }

    @Test
    @Order(1)
    void alarm_12_reaches_the_v2c_trap_receiver_decoded_by_name() {
        Handsets.migrated("8312"); // for alarm 14, below: a migration comes before any other subscription
        Handsets.extensionWithHandset("8311", false);
        long start = System.nanoTime();
        Api.Reply rejected = register("8311");
        long answered = System.nanoTime();
        Optional<Trapd.Notification> trap = trapReceiver.await(n -> n.is("dlcAlarm12Raised"), 5000);
        long arrived = System.nanoTime();
        assertEquals("REJECTED", rejected.json().getString("result"), rejected.body());
        assertTrue(trap.isPresent(), "no dlcAlarm12Raised within 5 s: " + trapReceiver.received());
        System.out.printf("SnmpIT: registration answered in %d ms; trap decoded by snmptrapd %d ms after the answer%n",
                (answered - start) / 1_000_000, (arrived - answered) / 1_000_000);
        assertTrue(arrived - answered < 1_000_000_000L, "trap more than 1 s after the registration's answer");
        alarm12 = activeHandle(12, "8311");
        assertEquals("TRAP2, SNMP v2c, community " + TRAP_COMMUNITY, trap.get().security());
        assertAlarmVarbinds(trap.get(), alarm12, 12, "information(1)", "8311");

        // The v3 target gets it too, as an acknowledged INFORM.
        Optional<Trapd.Notification> inform = informReceiver.await(n -> n.is("dlcAlarm12Raised")
                && n.has("DLC-MIB::dlcAlarmCode." + alarm12 + " = Gauge32: 12"), 5000);
        assertTrue(inform.isPresent(), "no inform for alarm 12: " + informReceiver.received());
        assertTrue(inform.get().security().startsWith("INFORM, SNMP v3, user " + INFORM_USER), inform.get().security());
    }

    @Test
    @Order(2)
    void repeats_update_the_table_without_flooding_the_receivers() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals("REJECTED", register("8311").json().getString("result"));
            Thread.sleep(50); // paced
        }
        // Retries of a blocked handset are counted in memory and written every second (README, Rules): the table
        // follows that second's batch.
        String counted = "DLC-MIB::dlcAlarmCount." + alarm12 + " = Gauge32: 4";
        NetSnmp.Result count = NetSnmp.run("snmpget", "-v2c", "-c", READ_COMMUNITY, AGENT,
                "DLC-MIB::dlcAlarmCount." + alarm12);
        for (long deadline = System.nanoTime() + 3_000_000_000L;
                !counted.equals(count.out().strip()) && System.nanoTime() < deadline; ) {
            Thread.sleep(100);
            count = NetSnmp.run("snmpget", "-v2c", "-c", READ_COMMUNITY, AGENT, "DLC-MIB::dlcAlarmCount." + alarm12);
        }
        assertEquals(counted, count.out().strip(), count.toString());
        Thread.sleep(300);
        long raises = trapReceiver.received().stream().filter(n -> n.is("dlcAlarm12Raised")).count();
        assertEquals(1, raises, "repeats within the re-notification interval send nothing: " + trapReceiver.received());
    }

    @Test
    @Order(3)
    void alarm_14_reaches_the_v3_receiver_as_an_authpriv_inform() {
        Api.Reply passive = register("8312");
        assertEquals("ACCEPTED", passive.json().getString("result"), passive.body());
        alarm14 = activeHandle(14, "8312");

        Optional<Trapd.Notification> inform = informReceiver.await(n -> n.is("dlcAlarm14Raised")
                && n.has("DLC-MIB::dlcAlarmCode." + alarm14 + " = Gauge32: 14"), 5000);
        assertTrue(inform.isPresent(), "no dlcAlarm14Raised inform: " + informReceiver.received());
        assertTrue(inform.get().security().startsWith("INFORM, SNMP v3, user " + INFORM_USER), inform.get().security());
        assertAlarmVarbinds(inform.get(), alarm14, 14, "information(1)", "8312");
        assertTrue(trapReceiver.await(n -> n.is("dlcAlarm14Raised"), 5000).isPresent(), "v2c trap for alarm 14");
    }

    @Test
    @Order(4)
    void the_active_table_lists_exactly_the_active_alarms() {
        assertEquals(activeHandles(), walkedHandles());
        assertTrue(walkedHandles().containsAll(List.of(alarm12, alarm14)));

        NetSnmp.Result walk = NetSnmp.run("snmpwalk", "-v2c", "-c", READ_COMMUNITY, AGENT, TABLE);
        assertTrue(walk.out().contains("DLC-MIB::dlcAlarmExplanation." + alarm12
                + " = STRING: Failed registration of third party DECT device due to missing third party license"),
                walk.toString());
        assertTrue(walk.out().contains("DLC-MIB::dlcAlarmNoticed." + alarm14 + " = INTEGER: false(2)"), walk.toString());

        NetSnmp.Result table = NetSnmp.run("snmptable", "-v2c", "-c", READ_COMMUNITY, "-Ci", "-Cf", "|", AGENT, TABLE);
        assertEquals(0, table.exit(), table.toString());
        List<String> rows = table.out().lines().filter(l -> l.matches("\\d+\\|.*")).toList();
        assertEquals(activeHandles().size(), rows.size(), table.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith(alarm12 + "|12|acs|information|1|ctlp|")), table.toString());

        NetSnmp.Result system = NetSnmp.run("snmpget", "-v2c", "-c", READ_COMMUNITY, AGENT,
                "SNMPv2-MIB::sysObjectID.0", "SNMPv2-MIB::sysDescr.0", "SNMPv2-MIB::sysUpTime.0");
        assertTrue(system.out().contains("SNMPv2-MIB::sysObjectID.0 = OID: DLC-MIB::dlcMIB"), system.toString());
        assertTrue(system.out().contains("SNMPv2-MIB::sysDescr.0 = STRING: DECT License Control"), system.toString());
        assertTrue(system.out().contains("SNMPv2-MIB::sysUpTime.0 = Timeticks: "), system.toString());
    }

    @Test
    @Order(5)
    void v3_authpriv_reads_a_cell_and_wrong_credentials_get_nothing_but_their_report() {
        String cell = "DLC-MIB::dlcAlarmAdditionalText." + alarm12;
        NetSnmp.Result v3 = NetSnmp.run("snmpget", "-v3", "-l", "authPriv", "-u", READ_USER, "-a", "SHA-256",
                "-A", READ_AUTH, "-x", "AES", "-X", READ_PRIV, AGENT, cell);
        assertEquals(0, v3.exit(), v3.toString());
        assertEquals(cell + " = STRING: Directory number =8311", v3.out().strip());

        // RFC 3414 3.2: a usmStatsWrongDigests or usmStatsUnknownUserNames report, so the manager says why
        // instead of timing out.
        NetSnmp.Result wrongPassword = NetSnmp.run("snmpget", "-v3", "-l", "authPriv", "-u", READ_USER, "-a",
                "SHA-256", "-A", "not-the-password", "-x", "AES", "-X", READ_PRIV, "-t", "10", "-r", "0", AGENT, cell);
        assertEquals(1, wrongPassword.exit(), wrongPassword.toString());
        assertEquals("", wrongPassword.out(), wrongPassword.toString());
        assertEquals("snmpget: Authentication failure (incorrect password, community or key)",
                wrongPassword.err().strip(), wrongPassword.toString());
        NetSnmp.Result unknownUser = NetSnmp.run("snmpget", "-v3", "-l", "authPriv", "-u", "nobody", "-a",
                "SHA-256", "-A", READ_AUTH, "-x", "AES", "-X", READ_PRIV, "-t", "10", "-r", "0", AGENT, cell);
        assertEquals(1, unknownUser.exit(), unknownUser.toString());
        assertEquals("snmpget: Unknown user name", unknownUser.err().strip(), unknownUser.toString());
        NetSnmp.Result stats = NetSnmp.run("snmpget", "-v2c", "-c", READ_COMMUNITY, AGENT,
                "SNMP-USER-BASED-SM-MIB::usmStatsWrongDigests.0");
        assertFalse(stats.out().contains("Counter32"), "the USM tables stay outside the view: " + stats);

        NetSnmp.Result noPriv = NetSnmp.run("snmpget", "-v3", "-l", "authNoPriv", "-u", READ_USER, "-a", "SHA-256",
                "-A", READ_AUTH, "-t", "1", "-r", "0", AGENT, cell);
        assertFalse(noPriv.out().contains("Directory number"), "authPriv is required: " + noPriv);

        NetSnmp.Result wrongCommunity = NetSnmp.run("snmpget", "-v2c", "-c", "public", "-t", "1", "-r", "0", AGENT, cell);
        assertTrue(wrongCommunity.exit() != 0, wrongCommunity.toString());
        assertFalse(wrongCommunity.out().contains("Directory number"), wrongCommunity.toString());

        NetSnmp.Result write = NetSnmp.run("snmpset", "-v2c", "-c", READ_COMMUNITY, "-t", "1", "-r", "0", AGENT,
                "SNMPv2-MIB::sysName.0", "s", "x");
        assertTrue(write.exit() != 0, "no write access: " + write);
    }

    @Test
    @Order(6)
    void a_clear_sends_dlcAlarmCleared_with_the_same_handle_and_leaves_the_table() {
        Api.Reply cleared = Api.post("/api/alarms/" + alarm12 + "/clear", "");
        assertEquals(200, cleared.status(), cleared.body());

        Optional<Trapd.Notification> clear = trapReceiver.await(n -> n.is("dlcAlarmCleared")
                && n.has("DLC-MIB::dlcAlarmCode." + alarm12 + " = Gauge32: 12"), 5000);
        assertTrue(clear.isPresent(), "no dlcAlarmCleared: " + trapReceiver.received());
        assertTrue(clear.get().has("DLC-MIB::dlcAlarmSeverity." + alarm12 + " = INTEGER: cleared(0)"), clear.toString());
        assertTrue(clear.get().has("DLC-MIB::dlcAlarmAdditionalText." + alarm12 + " = STRING: Directory number =8311"),
                clear.toString());
        assertTrue(clear.get().has("DLC-MIB::dlcAlarmCount." + alarm12 + " = Gauge32: 4"), clear.toString());
        assertTrue(informReceiver.await(n -> n.is("dlcAlarmCleared")
                && n.has("DLC-MIB::dlcAlarmCode." + alarm12 + " = Gauge32: 12"), 5000).isPresent());

        assertFalse(walkedHandles().contains(alarm12));
        assertEquals(activeHandles(), walkedHandles());
    }

    @Test
    @Order(7)
    void counters_show_what_was_sent_and_no_inform_timed_out() throws Exception {
        Thread.sleep(500);
        JsonObject status = Api.get("/api/snmp/status").json();
        // alarm 12, alarm 14 and the clear, each to two targets
        int sent = status.getInt("notificationsSent");
        assertEquals(sentBefore + 6, sent, status.toString());
        assertEquals(0, status.getInt("informsTimedOut"), status.toString());
        NetSnmp.Result counters = NetSnmp.run("snmpget", "-v2c", "-c", READ_COMMUNITY, AGENT,
                "DLC-MIB::dlcNotificationsSent.0", "DLC-MIB::dlcInformsTimedOut.0");
        assertTrue(counters.out().contains("DLC-MIB::dlcNotificationsSent.0 = Counter32: " + sent), counters.toString());
        assertTrue(counters.out().contains("DLC-MIB::dlcInformsTimedOut.0 = Counter32: 0"), counters.toString());
    }

    @Test
    @Order(8)
    void a_dead_inform_target_costs_a_registration_nothing_and_its_timeouts_are_counted() throws Exception {
        JsonObject config = Api.get("/api/snmp/config").json();
        int deadPort = NetSnmp.freeUdpPort(); // nothing listens there
        String withDeadTarget = Json.createObjectBuilder(config).add("informTargets",
                Json.createArrayBuilder(config.getJsonArray("informTargets")).add(Json.createObjectBuilder()
                        .add("address", "127.0.0.1").add("port", deadPort).add("user", INFORM_USER)
                        .add("authPassword", INFORM_AUTH).add("privPassword", INFORM_PRIV)
                        .add("retries", 1).add("timeoutMillis", 2500))).build().toString();
        // The GET shows fingerprints in place of the secrets: sent back, they keep the stored ones.
        assertFalse(config.toString().contains(INFORM_AUTH) || config.toString().contains(READ_COMMUNITY), config.toString());
        assertEquals(200, Api.put("/api/snmp/config", "application/json", withDeadTarget).status());
        NetSnmp.Result kept = NetSnmp.run("snmpget", "-v2c", "-c", READ_COMMUNITY, AGENT, "SNMPv2-MIB::sysDescr.0");
        assertTrue(kept.out().contains("STRING: DECT License Control"), "the read community was kept: " + kept);
        int timedOutBefore = Api.get("/api/snmp/status").json().getInt("informsTimedOut");

        Handsets.extensionWithHandset("313", false);
        long start = System.nanoTime();
        Api.Reply rejected = register("313");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("REJECTED", rejected.json().getString("result"), rejected.body());
        System.out.println("SnmpIT: registration with a dead inform target took " + millis + " ms");
        // Waiting for the dead target would take 2 x 2.5 s.
        assertTrue(millis < 2000, "the registration waited for the dead target: " + millis + " ms");
        int handle = activeHandle(12, "313");
        assertTrue(informReceiver.await(n -> n.is("dlcAlarm12Raised")
                && n.has("DLC-MIB::dlcAlarmCode." + handle + " = Gauge32: 12"), 5000).isPresent(),
                "the live target is served regardless");

        long deadline = System.currentTimeMillis() + 20_000;
        int timedOut;
        do {
            Thread.sleep(100);
            timedOut = Api.get("/api/snmp/status").json().getInt("informsTimedOut");
        } while (timedOut == timedOutBefore && System.currentTimeMillis() < deadline);
        assertEquals(timedOutBefore + 1, timedOut, "the dead target's inform is counted as timed out");
        assertEquals(0, Api.post("/api/alarms/" + handle + "/clear", "").status() / 1000);
    }

    @Test
    @Order(9)
    void a_redeploy_frees_the_port_and_leaves_no_snmp_thread_behind() throws Exception {
        long pid = serverPid();
        List<String> before = snmpThreads(pid);
        assertFalse(before.isEmpty(), "the agent's threads are visible in jstack");

        Path cli = Server.SERVER_DIR.resolve("bin/jboss-cli.sh");
        Process redeploy = new ProcessBuilder(cli.toString(), "--connect",
                "--controller=remote+http://127.0.0.1:" + (9990 + Server.PORT_OFFSET), "--command=/deployment=dlc.ear:redeploy")
                .redirectErrorStream(true).start();
        String output = new String(redeploy.getInputStream().readAllBytes());
        assertTrue(redeploy.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, redeploy.exitValue(), output);
        assertTrue(output.contains("success"), output);

        NetSnmp.Result up = NetSnmp.run("snmpget", "-v2c", "-c", READ_COMMUNITY, "-t", "2", "-r", "3", AGENT,
                "SNMPv2-MIB::sysUpTime.0");
        assertEquals(0, up.exit(), "the new deployment's agent listens on the same port: " + up);
        assertEquals(activeHandles(), walkedHandles(), "the table is rebuilt from the alarm log at start");
        assertTrue(trapReceiver.await(n -> n.isQualified("SNMPv2-MIB::coldStart"), 10_000).isPresent(),
                "the new deployment's agent announces a cold start: " + trapReceiver.received());

        // Target threads start with the first notification, so there may be fewer than before; never more,
        // and exactly one agent socket, one sender socket and the agent's two workers.
        Thread.sleep(1000);
        List<String> after = snmpThreads(pid);
        assertTrue(after.size() <= before.size(), "threads before " + before + " after " + after);
        assertEquals(1, after.stream().filter(n -> n.endsWith("/" + Server.SNMP_PORT)).count(), after.toString());
        assertEquals(2, after.stream().filter(n -> n.contains("TransportMapping")).count(), after.toString());
        assertEquals(2, after.stream().filter(n -> n.startsWith("DLC-SNMP-agent")).count(), after.toString());
    }

    private static long serverPid() {
        String home = "-Djboss.home.dir=" + Server.SERVER_DIR.toAbsolutePath().normalize();
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules")
                        && c.contains(home)).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElseThrow(() -> new AssertionError("no server JVM " + home));
    }

    /** Threads of the SNMP agent and sender: ours are named DLC-SNMP, SNMP4J's after their transport class or Timer-n (inform retries). */
    private static List<String> snmpThreads(long pid) throws Exception {
        Process jstack = new ProcessBuilder("jstack", String.valueOf(pid)).redirectErrorStream(true).start();
        String dump = new String(jstack.getInputStream().readAllBytes());
        jstack.waitFor();
        return dump.lines().filter(l -> l.startsWith("\"")).map(l -> l.substring(1, l.indexOf('"', 1)))
                .filter(n -> n.startsWith("DLC-SNMP") || n.contains("UDPTransportMapping") || n.startsWith("Timer-"))
                .sorted().toList();
    }

    @Test
    @Order(10)
    void a_merge_patch_changes_the_system_group_and_keeps_the_rest_of_the_configuration() {
        JsonObject before = Api.get("/api/snmp/config").json();
        long warmBefore = warmStarts(trapReceiver);
        Api.Reply patched = Api.patch("/api/snmp/config", "{\"sysName\":\"dlc-it-agent\","
                + "\"sysLocation\":\"IT lab\",\"sysContact\":\"noc@example.com\"}");
        assertEquals(200, patched.status(), patched.body());
        assertEquals(Json.createObjectBuilder(before).add("sysName", "dlc-it-agent").add("sysLocation", "IT lab")
                .add("sysContact", "noc@example.com").build(), patched.json(), "only the patched members changed");
        NetSnmp.Result system = NetSnmp.run("snmpget", "-v2c", "-c", READ_COMMUNITY, AGENT, "SNMPv2-MIB::sysName.0",
                "SNMPv2-MIB::sysContact.0", "SNMPv2-MIB::sysLocation.0");
        assertEquals(List.of("SNMPv2-MIB::sysName.0 = STRING: dlc-it-agent",
                "SNMPv2-MIB::sysContact.0 = STRING: noc@example.com", "SNMPv2-MIB::sysLocation.0 = STRING: IT lab"),
                system.out().lines().toList(), system.toString());
        long deadline = System.currentTimeMillis() + 5000;
        while (warmStarts(trapReceiver) == warmBefore && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(warmBefore + 1, warmStarts(trapReceiver), "the kept trap target got the restart's warmStart");

        Api.Reply bad = Api.patch("/api/snmp/config", "{\"sysName\":\"ok\",\"port\":70000}");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("port", bad.json().getString("field"));
        assertEquals(patched.json(), Api.get("/api/snmp/config").json(), "a refused patch changes nothing");
    }

    @Test
    @Order(11)
    void a_manager_tells_from_sequence_numbers_and_heartbeats_what_it_missed_and_resynchronises_from_the_table()
            throws Exception {
        long before = Long.parseLong(scalar("dlcNotificationSequence").replace("Gauge32: ", ""));
        Handsets.extensionWithHandset("314", false);
        assertEquals("REJECTED", register("314").json().getString("result"));
        int handle = activeHandle(12, "314");
        Trapd.Notification raised = trapReceiver.await(n -> n.is("dlcAlarm12Raised")
                && n.has("DLC-MIB::dlcAlarmCode." + handle + " = Gauge32: 12"), 5000).orElseThrow();
        assertEquals(before + 1, sequence(raised), raised.toString());
        assertEquals(200, Api.post("/api/alarms/" + handle + "/noticed", "").status());
        for (Trapd receiver : List.of(trapReceiver, informReceiver)) {
            Trapd.Notification noticed = receiver.await(n -> n.is("dlcAlarmMarkedNoticed")
                    && n.has("DLC-MIB::dlcAlarmCode." + handle + " = Gauge32: 12"), 5000).orElseThrow(
                    () -> new AssertionError("no dlcAlarmMarkedNoticed at " + receiver.received()));
            assertEquals(before + 2, sequence(noticed), "the same number to every target: " + noticed);
        }
        assertEquals("Gauge32: " + (before + 2), scalar("dlcNotificationSequence"));

        // A manager that got only the raise (before + 1) learns from the next heartbeat that it missed one.
        Api.Reply fast = Api.patch("/api/snmp/config", "{\"heartbeatIntervalSeconds\":1}");
        assertEquals(200, fast.status(), fast.body());
        Trapd.Notification heartbeat = trapReceiver.await(n -> n.is("dlcHeartbeat"), 5000)
                .orElseThrow(() -> new AssertionError("no heartbeat: " + trapReceiver.received()));
        assertEquals(before + 2, sequence(heartbeat), "a heartbeat takes no number, it carries the latest");
        assertTrue(heartbeat.has("DLC-MIB::dlcAlarmActiveCount.0 = Gauge32: " + activeHandles().size()),
                heartbeat.toString());
        // It resynchronises: the walk gives exactly the server's active alarms, the noticed one marked so.
        assertEquals(activeHandles(), walkedHandles());
        assertEquals("Gauge32: " + activeHandles().size(), scalar("dlcAlarmActiveCount"));
        NetSnmp.Result noticedCell = NetSnmp.run("snmpget", "-v2c", "-c", READ_COMMUNITY, AGENT,
                "DLC-MIB::dlcAlarmNoticed." + handle);
        assertTrue(noticedCell.out().contains("INTEGER: true(1)"), noticedCell.toString());
        long heartbeats = trapReceiver.received().stream().filter(n -> n.is("dlcHeartbeat")).count();
        Thread.sleep(2500);
        assertTrue(trapReceiver.received().stream().filter(n -> n.is("dlcHeartbeat")).count() >= heartbeats + 1,
                "heartbeats keep coming at the interval");

        // The table changes when the alarm is cleared: dlcAlarmActiveLastChanged moves on.
        String lastChanged = scalar("dlcAlarmActiveLastChanged");
        Thread.sleep(50);
        assertEquals(200, Api.post("/api/alarms/" + handle + "/clear", "").status());
        assertTrue(trapReceiver.await(n -> n.is("dlcAlarmCleared") && sequence(n) == before + 3, 5000).isPresent(),
                trapReceiver.received().toString());
        assertNotEquals(lastChanged, scalar("dlcAlarmActiveLastChanged"));
        assertEquals(200, Api.patch("/api/snmp/config", "{\"heartbeatIntervalSeconds\":300}").status());
    }

    @Test
    @Order(12)
    void a_get_of_the_index_column_answers_no_such_object_and_the_other_variables_their_values() {
        Handsets.extensionWithHandset("316", false);
        assertEquals("REJECTED", register("316").json().getString("result"));
        int handle = activeHandle(12, "316");
        NetSnmp.Result get = NetSnmp.run("snmpget", "-v2c", "-c", READ_COMMUNITY, AGENT,
                "DLC-MIB::dlcAlarmHandle." + handle, "DLC-MIB::dlcAlarmCode." + handle,
                "DLC-MIB::dlcAlarmDirectoryNumber." + handle, "DLC-MIB::dlcAlarmIpei." + handle,
                "DLC-MIB::dlcAlarmEventType." + handle, "DLC-MIB::dlcAlarmProbableCause." + handle,
                "DLC-MIB::dlcAlarmPerceivedSeverity." + handle);
        assertEquals(0, get.exit(), get.toString());
        assertEquals(List.of(
                "DLC-MIB::dlcAlarmHandle." + handle + " = No Such Object available on this agent at this OID",
                "DLC-MIB::dlcAlarmCode." + handle + " = Gauge32: 12",
                "DLC-MIB::dlcAlarmDirectoryNumber." + handle + " = STRING: 316",
                "DLC-MIB::dlcAlarmIpei." + handle + " = STRING: " + Handsets.printedIpei("316"),
                "DLC-MIB::dlcAlarmEventType." + handle + " = INTEGER: operationalViolation(8)",
                "DLC-MIB::dlcAlarmProbableCause." + handle + " = INTEGER: underlyingResourceUnavailable(554)",
                "DLC-MIB::dlcAlarmPerceivedSeverity." + handle + " = INTEGER: warning(6)"), get.out().lines().toList());
    }

    /** 50 varbinds x 10 000 repetitions: far more than a datagram; RFC 3416 4.2.3 asks for a truncated answer. */
    @Test
    @Order(13)
    void a_get_bulk_larger_than_a_datagram_is_answered_truncated_in_v2c_and_v3() {
        List<String> first = activeHandles().stream().limit(2).map(h -> "DLC-MIB::dlcAlarmCode." + h + " = Gauge32: "
                + Api.get("/api/alarms/" + h).json().getInt("code")).toList();
        assertEquals(2, first.size(), "two active alarms at least (the earlier tests')");
        List<String> oids = java.util.Collections.nCopies(50, TABLE);
        List<String> v2c = new java.util.ArrayList<>(List.of("-v2c", "-c", READ_COMMUNITY));
        List<String> v3 = new java.util.ArrayList<>(List.of("-v3", "-l", "authPriv", "-u", READ_USER, "-a", "SHA-256",
                "-A", READ_AUTH, "-x", "AES", "-X", READ_PRIV));
        for (List<String> security : List.of(v2c, v3)) {
            List<String> args = new java.util.ArrayList<>(security);
            args.addAll(List.of("-Cn0", "-Cr10000", "-t", "15", "-r", "0", AGENT));
            args.addAll(oids);
            NetSnmp.Result bulk = NetSnmp.run("snmpbulkget", args.toArray(String[]::new));
            assertEquals(0, bulk.exit(), security.get(0) + ": " + bulk.err());
            List<String> lines = bulk.out().lines().toList();
            assertTrue(lines.size() > 1000 && lines.size() < 5000, security.get(0) + ": " + lines.size() + " varbinds");
            // Repetition by repetition: the 50 requested variables each answered with the table's first cell,
            // then with the next one, in the table's order.
            assertEquals(java.util.Collections.nCopies(50, first.get(0)), lines.subList(0, 50), security.get(0));
            assertEquals(java.util.Collections.nCopies(50, first.get(1)), lines.subList(50, 100), security.get(0));
        }
    }

    @Test
    @Order(14)
    void cleared_alarms_are_listed_in_the_history_most_recent_first_up_to_its_size() {
        Handsets.extensionWithHandset("317", false);
        assertEquals("REJECTED", register("317").json().getString("result"));
        int handle = activeHandle(12, "317");
        assertEquals(200, Api.post("/api/alarms/" + handle + "/clear", "").status());
        NetSnmp.Result row = NetSnmp.run("snmpget", "-v2c", "-c", READ_COMMUNITY, AGENT,
                "DLC-MIB::dlcAlarmClearedCode." + handle, "DLC-MIB::dlcAlarmClearedDirectoryNumber." + handle,
                "DLC-MIB::dlcAlarmClearedIpei." + handle, "DLC-MIB::dlcAlarmClearedCount." + handle,
                "DLC-MIB::dlcAlarmClearedMaximum.0");
        assertEquals(List.of("DLC-MIB::dlcAlarmClearedCode." + handle + " = Gauge32: 12",
                "DLC-MIB::dlcAlarmClearedDirectoryNumber." + handle + " = STRING: 317",
                "DLC-MIB::dlcAlarmClearedIpei." + handle + " = STRING: " + Handsets.printedIpei("317"),
                "DLC-MIB::dlcAlarmClearedCount." + handle + " = Gauge32: 1",
                "DLC-MIB::dlcAlarmClearedMaximum.0 = Gauge32: 100"), row.out().lines().toList());
        String clearedAt = NetSnmp.run("snmpget", "-v2c", "-c", READ_COMMUNITY, AGENT,
                "DLC-MIB::dlcAlarmClearedAt." + handle).out();
        assertTrue(clearedAt.matches("(?s)DLC-MIB::dlcAlarmClearedAt\\." + handle
                + " = STRING: \\d{4}-\\d{1,2}-\\d{1,2},\\d{1,2}:\\d{1,2}:\\d{1,2}\\.\\d,\\+0:0\\s*"), clearedAt);

        // A history of one keeps only the latest clear (the size is the agent's configuration: it restarts).
        assertEquals(200, Api.patch("/api/snmp/config", "{\"clearedHistorySize\":1}").status());
        assertEquals(List.of(handle), clearedHandles());
        Handsets.extensionWithHandset("318", false);
        assertEquals("REJECTED", register("318").json().getString("result"));
        int next = activeHandle(12, "318");
        assertEquals(200, Api.post("/api/alarms/" + next + "/clear", "").status());
        assertEquals(List.of(next), clearedHandles(), "the older clear left");
        assertEquals(200, Api.patch("/api/snmp/config", "{\"clearedHistorySize\":100}").status());
        assertEquals(handle, clearedHandles().get(clearedHandles().size() - 2), "read back from the alarm log");
    }

    @Test
    @Order(15)
    void readiness_is_down_naming_the_agent_while_it_cannot_listen_and_up_again_when_it_does() {
        String address = Api.get("/api/snmp/config").json().getString("address");
        // 192.0.2.1 (TEST-NET-1) is no address of this machine: the agent cannot bind it.
        assertEquals(200, Api.patch("/api/snmp/config", "{\"address\":\"192.0.2.1\"}").status());
        try {
            Api.Reply down = Api.anonymously(() -> Api.get("/api/health/ready"));
            assertEquals(503, down.status(), down.body());
            JsonObject checks = down.json().getJsonArray("checks").getJsonObject(0).getJsonObject("data");
            assertEquals("DOWN: the SNMP agent does not listen on UDP 192.0.2.1:" + Server.SNMP_PORT,
                    checks.getString("snmp-agent"));
            assertEquals("UP", checks.getString("database"));
        } finally {
            assertEquals(200, Api.patch("/api/snmp/config", "{\"address\":\"" + address + "\"}").status());
        }
        Api.Reply up = Api.anonymously(() -> Api.get("/api/health/ready"));
        assertEquals(200, up.status(), up.body());
        assertEquals("UP", up.json().getJsonArray("checks").getJsonObject(0).getJsonObject("data")
                .getString("snmp-agent"));
    }

    private static List<Integer> clearedHandles() {
        NetSnmp.Result walk = NetSnmp.run("snmpwalk", "-v2c", "-c", READ_COMMUNITY, AGENT, "DLC-MIB::dlcAlarmClearedCode");
        List<Integer> handles = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("DLC-MIB::dlcAlarmClearedCode\\.(\\d+) = Gauge32: \\d+").matcher(walk.out());
        while (m.find()) {
            handles.add(Integer.parseInt(m.group(1)));
        }
        return handles;
    }
}
