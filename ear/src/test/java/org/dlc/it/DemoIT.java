package org.dlc.it;

import static org.dlc.it.Printouts.ok;
import static org.dlc.it.Printouts.rowsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dlc.tools.DemoCommand;
import org.dlc.tools.DlcClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo loader ({@code dlc-tools demo}) against the real server, looked at through the command interface as
 * the README shows it. The server is shared with the other tests, so the assertions look at the demo's own
 * directory numbers (no other test uses them) and at the license pool relative to before the demo.
 */
class DemoIT extends ServerTest {

    /** The demo's handsets and the alarms they raise: 309 passive (14), 311 rejected (12). */
    static final List<String> DEMO = List.of("309", "311", "1003", "1035", "2119", "2130", "2131", "2135",
            "6014", "6309");
    /** Their rows in {@code extension_info -d all --terminal-info --terminal-type DECT}: the specification's, 309, 311. */
    static final List<String> EXTENSION_INFO_ROWS = List.of(
            "309       DECT           Not available  Manufacturer: 10, Model: 77",
            "311       DECT           Not available  Manufacturer: 10, Model: 77",
            "1003      DECT           Not available  DH6",
            "1035      DECT           Not available  DT390",
            "2119      DECT           Not available  DH6",
            "2130      DECT           Not available  DT390",
            "2131      DECT           Not available  DH6",
            "2135      DECT           Not available",
            "6014      DECT           Not available  Manufacturer: 10, Model: 77",
            "6309      DECT           Not available  Manufacturer: 202, Model: 89");

    private static JsonObject licenseBefore;

    @BeforeAll
    static void loadTheDemo() {
        // Alarm 14 is raised for the first passive handset while none is active: the demo's is 309.
        Handsets.clearActiveAlarm14();
        // The demo migrates a system from before enforcement: allowed only while there is no DECT subscription.
        Handsets.endAllSubscriptions();
        licenseBefore = Api.get("/api/license").json();
        DemoCommand.load(new DlcClient(Server.BASE, Users.ADMIN, Users.adminPassword()), Licenses.devKey());
    }

    @Test
    void extension_info_shows_the_rows_of_the_specification_with_their_vendors() {
        String printout = ok("extension_info -d all --terminal-info --terminal-type DECT");

        List<String> lines = Printouts.lines(printout);
        assertEquals(Printouts.EXTENSION_INFO_TITLE, lines.get(0));
        assertEquals(Printouts.EXTENSION_INFO_HEADER, lines.get(1));
        assertEquals(EXTENSION_INFO_ROWS, rowsOf(printout, DEMO));
    }

    @Test
    void alarm_print_lists_alarm_12_for_311_and_alarm_14_for_309() {
        int alarm12 = Handsets.activeAlarm(12, "311");
        int alarm14 = Handsets.activeAlarm(14, "309");
        for (String dir : DEMO.subList(2, DEMO.size())) {
            assertEquals(List.of(), Handsets.activeAlarms(dir), "no alarm for " + dir);
        }

        List<String> lines = Printouts.alarmList();
        assertTrue(lines.contains(Printouts.alarmLine(alarm12, 12)), lines.toString());
        assertTrue(lines.contains(Printouts.alarmLine(alarm14, 14)), lines.toString());
    }

    @Test
    void diagnostic_print_lists_309_the_passively_supported_handset() {
        List<String> lines = Printouts.lines(ok("diagnostic_print"));

        assertEquals(Printouts.DIAGNOSTIC_HEADER, lines.get(0));
        List<String> demoRows = rowsOf(String.join("\n", lines), DEMO);
        assertEquals(1, demoRows.size(), lines.toString());
        assertTrue(Printouts.diagnosticRow("309", 10, 77).matcher(demoRows.get(0)).matches(), demoRows.get(0));
        assertEquals(Printouts.DIAGNOSTIC_TOTAL + Handsets.diagnosticList().size(), lines.get(lines.size() - 1));
    }

    @Test
    void license_status_shows_the_two_licenses_of_the_demo_seized() {
        int usedBefore = licenseBefore.getInt("used");
        long withoutBefore = licenseBefore.getJsonNumber("unlicensedThirdPartyHandsets").longValue();
        JsonObject now = Api.get("/api/license").json();
        int sequence = licenseBefore.getInt("fileSequence", 0) + 1;
        // Two more third-party handsets without license: 309 (passive) and 311 (blocked).
        long without = withoutBefore + 2;
        long needed = now.getJsonNumber("licensesNeeded").longValue();
        assertEquals(without, needed, "no license is free, so each of them needs one: " + now);

        String printout = ok("license_status");

        assertEquals(String.join("\n",
                "Tag                     | Trial time | Allowed | Used",
                String.format("3RD-PARTY-SIP-EXTENSION | -          | %-7d | %d", usedBefore + 2, usedBefore + 2),
                "",
                "Name: MX - Extension 3rd party device (86L00079AAA-A)",
                "Free: 0",
                "Third party DECT handsets without license: " + without,
                "Licenses needed to cover them: " + needed,
                "License file: sequence " + sequence + ", issued " + LocalDate.now() + ", installed <time> UTC",
                ""), Printouts.masked(printout));
        assertEquals(Map.of("allowed", usedBefore + 2, "used", usedBefore + 2, "free", 0),
                Map.of("allowed", now.getInt("allowed"), "used", now.getInt("used"), "free", now.getInt("free")));
    }
}
