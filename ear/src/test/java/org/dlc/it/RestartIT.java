package org.dlc.it;

import static org.dlc.it.Printouts.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
