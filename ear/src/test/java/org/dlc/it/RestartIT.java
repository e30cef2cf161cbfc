package org.dlc.it;

import static org.dlc.it.Printouts.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Licensed, passive and blocked handsets, their alarms, the diagnostic list and the license pool are the same
 * after a restart and after a crash (kill -9), and the handsets are treated as before. Directory numbers
 * 3300..3399.
 */
class RestartIT extends ServerTest {

    private static final String LICENSED = "3301";
    private static final String PASSIVE = "3302";
    private static final String BLOCKED = "3303";

    /** Everything an administrator sees of the license control, exactly as printed and as the API gives it. */
    private static Map<String, String> whatTheAdministratorSees() {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String command : List.of("alarm -p", "alarm -p --format full", "diagnostic_print", "license_status",
                "extension_info -d 3301..3303 --terminal-info", "dect_extension -p -d 3301..3303",
                "extension -p -d 3301..3303")) {
            seen.put(command, ok(command));
        }
        for (String path : List.of("/api/alarms", "/api/diagnostics", "/api/license", "/api/extensions?from=3301&to=3303")) {
            Api.Reply r = Api.get(path);
            assertEquals(200, r.status(), path + " " + r.body());
            seen.put(path, r.body());
        }
        return seen;
    }

    private static void theHandsetsAreTreatedAsBefore() {
        assertEquals("ACCEPTED", Handsets.locationRegistration(LICENSED, 10, 77).getString("result"));
        assertEquals("ACCEPTED", Handsets.locationRegistration(PASSIVE, 202, 89).getString("result"));
        assertEquals("REJECTED", Handsets.locationRegistration(BLOCKED, 10, 77).getString("result"));
        assertEquals("LICENSED", Handsets.extension(LICENSED).getString("licenseState"));
        assertEquals("PASSIVE", Handsets.extension(PASSIVE).getString("licenseState"));
        assertEquals("BLOCKED", Handsets.extension(BLOCKED).getString("licenseState"));
    }

    @Test
    void passive_and_blocked_handsets_alarms_and_the_diagnostic_list_survive_a_restart_and_a_crash() {
        Handsets.migrated(PASSIVE);
        Licenses.leaveFree(1);
        Handsets.clearActiveAlarm14();
        Handsets.extensionWithHandset(LICENSED, true);
        Handsets.extensionWithHandset(BLOCKED, false);
        theHandsetsAreTreatedAsBefore();
        int alarm12 = Handsets.activeAlarm(12, BLOCKED);
        int alarm14 = Handsets.activeAlarm(14, PASSIVE);
        assertEquals(List.of(), Handsets.activeAlarms(LICENSED));
        assertEquals(1, Handsets.diagnosticList().stream().filter(PASSIVE::equals).count());
        assertEquals(0, Api.get("/api/license").json().getInt("free"));

        Map<String, String> before = whatTheAdministratorSees();
        long logged = logSize();
        Server.restart();
        assertEquals(before, whatTheAdministratorSees());
        assertEquals(List.of(), persistenceProblemsLoggedSince(logged), "a restart on existing tables is quiet");

        theHandsetsAreTreatedAsBefore();
        assertEquals(alarm12, Handsets.activeAlarm(12, BLOCKED));
        assertEquals(2, Api.get("/api/alarms/" + alarm12).json().getInt("count"), "the repeat after the restart is counted");
        assertEquals(alarm14, Handsets.activeAlarm(14, PASSIVE));

        before = whatTheAdministratorSees();
        Server.crashAndStart();
        assertEquals(before, whatTheAdministratorSees());
        theHandsetsAreTreatedAsBefore();
        assertEquals(alarm12, Handsets.activeAlarm(12, BLOCKED));
        assertEquals(3, Api.get("/api/alarms/" + alarm12).json().getInt("count"));
    }

    /**
     * A blocked handset's retries are answered without a transaction and counted in its alarm 12 in batches (every
     * second, before any reading, and when the server stops): an orderly restart loses no count; a crash loses at most
     * the count of the retries since the last batch, never the alarm, the block or a count that was read.
     */
    @Test
    void a_restart_loses_no_repeat_of_a_rejection_and_a_crash_at_most_the_latest_never_the_alarm_or_the_block() {
        String dir = "3304";
        Handsets.extensionWithHandset(dir, false);
        assertEquals("REJECTED", Handsets.locationRegistration(dir, 10, 77).getString("result"));
        int alarm = Handsets.activeAlarm(12, dir);
        for (int i = 0; i < 10; i++) {
            assertEquals("REJECTED", Handsets.locationRegistration(dir, 10, 77).getString("result"));
        }

        Server.restart();
        assertEquals(11, Api.get("/api/alarms/" + alarm).json().getInt("count"), "an orderly stop writes every count");
        for (int i = 0; i < 10; i++) {
            assertEquals("REJECTED", Handsets.locationRegistration(dir, 10, 77).getString("result"));
        }

        Server.crashAndStart();

        int count = Api.get("/api/alarms/" + alarm).json().getInt("count");
        assertTrue(count >= 11 && count <= 21, "between the count written and every retry answered: " + count);
        assertEquals(alarm, Handsets.activeAlarm(12, dir));
        assertEquals("BLOCKED", Handsets.extension(dir).getString("licenseState"));
        assertEquals("REJECTED", Handsets.locationRegistration(dir, 10, 77).getString("result"));
        assertEquals(count + 1, Api.get("/api/alarms/" + alarm).json().getInt("count"), "counted on after the crash");
    }

    /**
     * The agent is the same engine after a restart and after kill -9: configuration, engine id (a v3 manager that
     * knows it reads on without rediscovery), boots one more, the sequence going on (reserved numbers may be
     * skipped, never reused).
     */
    @Test
    void the_snmp_agent_is_the_same_engine_with_the_same_configuration_and_counts_on() {
        NetSnmp.requireTools();
        assertEquals(200, Api.patch("/api/snmp/config", "{\"sysName\":\"restart-it\",\"readUsers\":[{\"user\":"
                + "\"restartit\",\"authPassword\":\"restart-auth-pw\",\"privPassword\":\"restart-priv-pw\"}]}")
                .status());
        Handsets.extensionWithHandset("8740", false);
        assertEquals("REJECTED", Handsets.locationRegistration("8740", 10, 77).getString("result"));
        JsonObject engine = Api.get("/api/snmp/status").json();
        long sequence = engine.getJsonNumber("notificationSequence").longValue();
        assertTrue(sequence > 0, "the raise was notified");
        assertEquals("SNMPv2-MIB::sysName.0 = STRING: restart-it", v3Get(engine.getString("engineId")));

        Server.restart();
        JsonObject restarted = Api.get("/api/snmp/status").json();
        assertEquals(engine.getString("engineId"), restarted.getString("engineId"));
        assertEquals(engine.getInt("engineBoots") + 1, restarted.getInt("engineBoots"));
        assertEquals("SNMPv2-MIB::sysName.0 = STRING: restart-it", v3Get(engine.getString("engineId")),
                "the configuration, and the keys localised to the same engine id");
        Handsets.extensionWithHandset("8741", false);
        assertEquals("REJECTED", Handsets.locationRegistration("8741", 10, 77).getString("result"));
        long after = Api.get("/api/snmp/status").json().getJsonNumber("notificationSequence").longValue();
        assertTrue(after > sequence && after <= sequence + 1 + 100, sequence + " then " + after);

        Server.crashAndStart();
        JsonObject crashed = Api.get("/api/snmp/status").json();
        assertEquals(engine.getString("engineId"), crashed.getString("engineId"));
        assertEquals(restarted.getInt("engineBoots") + 1, crashed.getInt("engineBoots"));
        Handsets.extensionWithHandset("8742", false);
        assertEquals("REJECTED", Handsets.locationRegistration("8742", 10, 77).getString("result"));
        long afterCrash = Api.get("/api/snmp/status").json().getJsonNumber("notificationSequence").longValue();
        assertTrue(afterCrash > after, "never a number again: " + after + " then " + afterCrash);
        assertEquals(200, Api.put("/api/snmp/config", "application/json", "{}").status());
    }

    /** sysName over SNMPv3 authPriv, with the engine id given (-e): only that engine answers. */
    private static String v3Get(String engineId) {
        NetSnmp.Result r = NetSnmp.run("snmpget", "-v3", "-l", "authPriv", "-u", "restartit", "-a", "SHA-256",
                "-A", "restart-auth-pw", "-x", "AES", "-X", "restart-priv-pw", "-e", "0x" + engineId, "-t", "10",
                "-r", "1", "udp:127.0.0.1:" + Server.SNMP_PORT, "SNMPv2-MIB::sysName.0");
        assertEquals(0, r.exit(), r.toString());
        return r.out().strip();
    }

    private static long logSize() {
        try {
            return Files.size(Server.LOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** EclipseLink's warnings and errors (such as a schema change Derby refuses) in the server log from an offset. */
    private static List<String> persistenceProblemsLoggedSince(long offset) {
        try (RandomAccessFile log = new RandomAccessFile(Server.LOG.toFile(), "r")) {
            byte[] tail = new byte[(int) (log.length() - offset)];
            log.seek(offset);
            log.readFully(tail);
            return new String(tail, StandardCharsets.UTF_8).lines()
                    .filter(line -> line.matches(".*(WARN|ERROR|SEVERE).*\\[org\\.eclipse\\.persistence.*") || line.contains("42Z93"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
