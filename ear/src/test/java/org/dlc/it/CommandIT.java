package org.dlc.it;

import static org.dlc.it.Printouts.lines;
import static org.dlc.it.Printouts.ok;
import static org.dlc.it.Printouts.refused;
import static org.dlc.it.Printouts.rowsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dlc.system.LocalTimeZone;
import org.junit.jupiter.api.Test;

/**
 * The MX-ONE command interface over HTTP ({@code POST /dlc/api/commands}, as mdsh sends it) on the real server:
 * the printouts line by line, and the refusals with the status and the text that names the field. Directory
 * numbers 3100..3199.
 */
class CommandIT extends ServerTest {

    private static final String EXTENSION_HEADER = "Dir       LIM  CSP  Third Party  Terminal type";
    private static final String DECT_HEADER = "Dir       IPEI             State       Vendor";

    @Test
    void extension_initiate_change_print_and_erase_with_the_third_party_license() {
        assertEquals("Extension 3101 initiated.\n", ok("extension -i -d 3101 -l 5 --csp 12"));
        assertEquals(EXTENSION_HEADER + "\n3101      5    12   no           SIP\n", ok("extension -p -d 3101"));

        Licenses.leaveFree(1);
        int used = Handsets.licensesUsed();
        assertEquals("Extension 3101 changed.\n", ok("extension -c -d 3101 --third-party-client yes"));
        assertEquals(used + 1, Handsets.licensesUsed());
        assertEquals("Extension 3102 initiated.\n", ok("extension -i -d 3102 -l 124"));

        // The pool is full: the seizure is refused with allowed and used, and nothing changes.
        String full = "no free 3RD-PARTY-SIP-EXTENSION license (MX - Extension 3rd party device): allowed " + (used + 1)
                + ", used " + (used + 1) + "\n";
        assertEquals(full, refused("extension -c -d 3102 --third-party-client yes", 409));
        assertEquals(full, refused("extension -i -d 3103 --third-party-client yes", 409));
        assertEquals(EXTENSION_HEADER + "\n"
                + "3101      5    12   yes          SIP\n"
                + "3102      124  0    no           SIP\n", ok("extension -p -d 3101..3103"));
        assertEquals(used + 1, Handsets.licensesUsed());
        assertEquals(404, Api.get("/api/extensions/3103").status());

        // Erasing releases the license, which the other extension can then seize.
        assertEquals("Extension 3101 erased.\n", ok("extension -e -d 3101"));
        assertEquals(used, Handsets.licensesUsed());
        assertEquals(404, Api.get("/api/extensions/3101").status());
        assertEquals("Extension 3102 changed.\n", ok("extension -c -d 3102 --third-party-client yes"));
        assertEquals(EXTENSION_HEADER + "\n3102      124  0    yes          SIP\n", ok("extension -p -d 3101..3103"));
        assertEquals(used + 1, Handsets.licensesUsed());
        assertEquals("Extension 3102 changed.\n", ok("extension -c -d 3102 --third-party-client no"));
        assertEquals(used, Handsets.licensesUsed());
    }

    @Test
    void dect_extension_subscribes_prints_the_handset_state_and_ends_the_subscription() {
        ok("extension -i -d 3111");
        ok("extension -i -d 3112");
        assertEquals("DECT extension 3111 initiated.\n",
                ok("dect_extension -i -d 3111 --ipei " + Handsets.ipei("3111") + " --authentication-key " + Handsets.KEY));
        // The printed form with its blanks, quoted as in a shell.
        assertEquals("DECT extension 3112 initiated.\n",
                ok("dect_extension -i -d 3112 --ipei \"" + Handsets.printedIpei("3112") + "\" --authentication-key " + Handsets.KEY));
        assertEquals(DECT_HEADER + "\n"
                + "3111      " + Handsets.printedIpei("3111") + "  Subscribed\n"
                + "3112      " + Handsets.printedIpei("3112") + "  Subscribed\n", ok("dect_extension -p -d 3111..3112"));

        Handsets.air().accessRights(Handsets.ipei("3111"), Handsets.KEY);
        Handsets.air().accessRights(Handsets.ipei("3112"), Handsets.KEY);
        assertEquals("ACCEPTED", Handsets.locationRegistration("3111", 8, 1).getString("result"));
        assertEquals("REJECTED", Handsets.locationRegistration("3112", 10, 77).getString("result"));
        assertEquals(DECT_HEADER + "\n"
                + "3111      " + Handsets.printedIpei("3111") + "  Registered  DH6\n"
                + "3112      " + Handsets.printedIpei("3112") + "  Blocked     Manufacturer: 10, Model: 77\n",
                ok("dect_extension -p -d 3111..3112"));
        assertEquals(EXTENSION_HEADER + "\n"
                + "3111      1    0    no           DECT\n"
                + "3112      1    0    no           DECT\n", ok("extension -p -d 3111..3112"));

        assertEquals("DECT extension 3111 erased.\n", ok("dect_extension -e -d 3111"));
        assertEquals(DECT_HEADER + "\n"
                + "3112      " + Handsets.printedIpei("3112") + "  Blocked     Manufacturer: 10, Model: 77\n",
                ok("dect_extension -p -d 3111..3112"));
        assertEquals(EXTENSION_HEADER + "\n3111      1    0    no           SIP\n", ok("extension -p -d 3111"));
    }

    @Test
    void extension_info_shows_the_vendor_each_handset_sent_at_location_registration() {
        Handsets.migrated("3125");
        Handsets.registered("3121", 8, 1);
        Handsets.registered("3122", 8, 3);
        Handsets.registered("3123", null, null);
        Licenses.leaveFree(1);
        Handsets.extensionWithHandset("3124", true);
        assertEquals("ACCEPTED", Handsets.locationRegistration("3124", 10, 77).getString("result"));
        assertEquals("ACCEPTED", Handsets.locationRegistration("3125", 202, 89).getString("result"));
        ok("extension -i -d 3126");

        assertEquals("""
                Extension Info
                Dir       Terminal type  Revision       Vendor
                3121      DECT           Not available  DH6
                3122      DECT           Not available  DT390
                3123      DECT           Not available
                3124      DECT           Not available  Manufacturer: 10, Model: 77
                3125      DECT           Not available  Manufacturer: 202, Model: 89
                """, ok("extension_info -d 3121..3126 --terminal-info --terminal-type DECT"));
        assertEquals("""
                Extension Info
                Dir       Terminal type  Revision       Vendor
                3122      DECT           Not available  DT390
                """, ok("extension_info -d 3122 --terminal-info"));
    }

    @Test
    void diagnostic_print_lists_every_passive_handset_and_a_clear_forgets_only_when_they_were_identified() {
        Handsets.migrated("3131", "3132", "3133");
        assertEquals("ACCEPTED", Handsets.locationRegistration("3131", 10, 77).getString("result"));
        assertEquals("ACCEPTED", Handsets.locationRegistration("3132", 202, 89).getString("result"));
        assertEquals("ACCEPTED", Handsets.locationRegistration("3133", 10, 78).getString("result"));
        List<String> mine = List.of("3131", "3132", "3133");

        List<String> before = lines(ok("diagnostic_print"));
        assertEquals(Printouts.DIAGNOSTIC_HEADER, before.get(0));
        List<String> rows = rowsOf(String.join("\n", before), mine);
        assertEquals(3, rows.size(), before.toString());
        assertTrue(Printouts.diagnosticRow("3131", 10, 77).matcher(rows.get(0)).matches(), rows.get(0));
        assertTrue(Printouts.diagnosticRow("3132", 202, 89).matcher(rows.get(1)).matches(), rows.get(1));
        assertTrue(Printouts.diagnosticRow("3133", 10, 78).matcher(rows.get(2)).matches(), rows.get(2));
        List<String> listed = dirsOf(before);
        assertEquals(Printouts.DIAGNOSTIC_TOTAL + listed.size(), before.get(before.size() - 1));
        assertListAgreesWithExtensionInfoAndLicenseStatus(listed);

        // The specification's procedure: clear the list, then print it for the handsets still without a license.
        assertTrue(Pattern.matches("Diagnostic list cleared, identification times of \\d+ handsets? reset;"
                + " handsets without license stay listed.\n", ok("diagnostic_print --clear")));
        List<String> after = lines(ok("diagnostic_print"));
        assertEquals(listed, dirsOf(after), "the same handsets: they still lack a license");
        assertEquals(List.of(Printouts.diagnosticRowSinceClear("3131", 10, 77),
                Printouts.diagnosticRowSinceClear("3132", 202, 89),
                Printouts.diagnosticRowSinceClear("3133", 10, 78)), rowsOf(String.join("\n", after), mine));
        assertEquals(Printouts.DIAGNOSTIC_TOTAL + listed.size(), after.get(after.size() - 1));
        assertListAgreesWithExtensionInfoAndLicenseStatus(dirsOf(after));

        // A registration identifies the handset again: its times start afresh.
        assertEquals("ACCEPTED", Handsets.locationRegistration("3131", 10, 77).getString("result"));
        String again = ok("diagnostic_print");
        assertTrue(Printouts.diagnosticRow("3131", 10, 77).matcher(rowsOf(again, mine).get(0)).matches(), again);
        assertEquals(Printouts.diagnosticRowSinceClear("3132", 202, 89), rowsOf(again, mine).get(1));

        // A seizure takes the handset off the list at once, without a registration.
        Licenses.leaveFree(1);
        assertEquals("Extension 3133 changed.\n", ok("extension -c -d 3133 --third-party-client yes"));
        List<String> seized = dirsOf(lines(ok("diagnostic_print")));
        assertEquals(listed.stream().filter(d -> !d.equals("3133")).toList(), seized);
        assertListAgreesWithExtensionInfoAndLicenseStatus(seized);
    }

    /** The directory numbers of a diagnostic_print, in printed order. */
    private static List<String> dirsOf(List<String> diagnosticPrint) {
        return diagnosticPrint.subList(1, diagnosticPrint.size() - 1).stream().map(l -> l.split(" ", 2)[0]).toList();
    }

    /**
     * The list is exactly the extensions extension_info shows as PASSIVE (the rule in Java, against the list's
     * query), the REST list and the dashboard say the same, and license_status counts them with the blocked ones.
     */
    private static void assertListAgreesWithExtensionInfoAndLicenseStatus(List<String> listed) {
        List<JsonObject> dect = Api.get("/api/extensions?terminalType=DECT&limit=100000").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        List<String> passive = dect.stream().filter(e -> e.getString("licenseState").equals("PASSIVE"))
                .map(e -> e.getString("directoryNumber")).toList();
        long blocked = dect.stream().filter(e -> e.getString("licenseState").equals("BLOCKED")).count();
        assertEquals(passive, listed, "diagnostic_print = the PASSIVE extensions of extension_info");
        assertEquals(listed, Handsets.diagnosticList(), "GET /api/diagnostics");

        JsonObject license = Api.get("/api/license").json();
        assertEquals(listed.size() + blocked, license.getInt("unlicensedThirdPartyHandsets"));
        assertEquals(Math.max(0, listed.size() + blocked - license.getInt("free")), license.getInt("licensesNeeded"));
        String status = ok("license_status");
        assertTrue(status.contains("Third party DECT handsets without license: " + (listed.size() + blocked) + "\n"),
                status);
    }

    @Test
    void alarm_print_in_the_mx_one_layout_and_in_full() {
        Handsets.migrated("3142");
        Handsets.extensionWithHandset("3141", false);
        Handsets.locationRegistration("3141", 10, 77);
        Handsets.locationRegistration("3141", 10, 77);
        Handsets.clearActiveAlarm14();
        Handsets.locationRegistration("3142", 10, 77);
        int alarm12 = Handsets.activeAlarm(12, "3141");
        int alarm14 = Handsets.activeAlarm(14, "3142");

        List<String> list = Printouts.alarmList();
        assertTrue(list.contains(Printouts.alarmLine(alarm12, 12)), list.toString());
        assertTrue(list.contains(Printouts.alarmLine(alarm14, 14)), list.toString());

        assertEquals("Global status: 1 active alarm(s)\n" + Printouts.ALARM_HEADER + "\n" + Printouts.ALARM_RULE + "\n"
                + Printouts.alarmLine(alarm14, 14) + "\n", ok("alarm -p --handle " + alarm14));

        // The server runs in this machine's zone; in UTC the local line would repeat the UTC one, and is left out.
        ZoneId zone = ZoneId.systemDefault();
        String local = LocalTimeZone.isUtc(zone) ? ""
                : "                  <time> (" + zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ")\n";
        assertEquals(String.join("\n",
                "Alarm handle ...: " + alarm12,
                "Count...........: 2",
                "First at........: <time> (UTC)\n" + local + "Latest at.......: <time> (UTC)\n" + local
                        + "Sender LIM......: 1",
                "Sender unit.....: 92 = CTLP",
                "Alarm domain ...: 2 = ACS",
                "Alarm code .....: 12 = " + Printouts.ALARM_12,
                "Severity .......: 1 = information",
                "Noticed ........: No",
                "Faulty unit ....: LIM=1 PU=92=CTLP",
                "Additional text : Directory number =3141",
                ""), Printouts.masked(ok("alarm -p --format full --handle " + alarm12)));
        JsonObject alarm = Api.get("/api/alarms/" + alarm12).json();
        String full = ok("alarm -p --format full --handle " + alarm12);
        assertTrue(full.contains("Latest at.......: " + microseconds(alarm.getString("latestAt")) + " (UTC)\n"), full);

        assertEquals("Alarm handle ...: " + alarm14, lines(ok("alarm -p --format full --handle " + alarm14)).get(0));
        assertEquals("alarm handle 999999 does not exist\n", refused("alarm -p --handle 999999", 404));

        // Noticed: marked in N; erased: no longer listed, and erasing again says so.
        assertEquals("Alarm " + alarm12 + " noticed.\n", ok("alarm --noticed --handle " + alarm12));
        String noticed = Printouts.alarmLine(alarm12, 12).replaceFirst("^1   ", "1 * ");
        assertEquals(noticed, lines(ok("alarm -p --handle " + alarm12)).get(3));
        assertEquals("Alarm " + alarm12 + " cleared.\n", ok("alarm -e --handle " + alarm12));
        assertEquals("Alarm " + alarm12 + " was already cleared.\n", ok("alarm -e --handle " + alarm12));
        List<String> afterClear = Printouts.alarmList();
        assertFalse(afterClear.contains(noticed), afterClear.toString());
        assertEquals(List.of(), Handsets.activeAlarms("3141"));
    }

    /** An ISO instant from the API as the full printout shows it. */
    private static String microseconds(String iso) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC).format(Instant.parse(iso));
    }

    @Test
    void license_status_shows_the_pool() {
        JsonObject s = Api.get("/api/license").json();
        String excess = s.getInt("excess") > 0 ? "Excess: " + s.getInt("excess") + "\n" : "";
        assertEquals("Tag                     | Trial time | Allowed | Used\n"
                + String.format("3RD-PARTY-SIP-EXTENSION | -          | %-7d | %d%n", s.getInt("allowed"), s.getInt("used"))
                + "\n"
                + "Name: MX - Extension 3rd party device (86L00079AAA-A)\n"
                + "Free: " + s.getInt("free") + "\n"
                + excess
                + "Third party DECT handsets without license: " + s.getJsonNumber("unlicensedThirdPartyHandsets") + "\n"
                + "Licenses needed to cover them: " + s.getJsonNumber("licensesNeeded") + "\n"
                + "License file: sequence " + s.getInt("fileSequence") + ", issued " + s.getString("fileIssued")
                + ", installed <time> UTC\n", Printouts.masked(ok("license_status")));
    }

    @Test
    void unknown_commands_and_options_and_values_out_of_range_are_4xx_naming_the_field() {
        String unknown = refused("extensoin -p", 400);
        assertTrue(unknown.startsWith("Unknown command 'extensoin'.\nCommands:\n"), unknown);
        assertTrue(unknown.contains("\n  extension         -i|-c|-e -d <dir>"), unknown);

        String option = refused("extension -p --colour red", 400);
        assertEquals("Unknown options: '--colour', 'red'", lines(option).get(0), option);

        String lim = refused("extension -i -d 3151 -l 125", 400);
        assertEquals("Invalid value for option '-l': must be 1..124, was '125'", lines(lim).get(0), lim);
        String csp = refused("extension -i -d 3151 --csp 501", 400);
        assertEquals("Invalid value for option '--csp': must be 0..500, was '501'", lines(csp).get(0), csp);
        String dir = refused("extension -i -d 1", 400);
        assertEquals("Invalid value for option '-d': must be a directory number (2..20 digits), a range a..b, or all,"
                + " was '1'", lines(dir).get(0), dir);
        String key = refused("dect_extension -i -d 3151 --ipei " + Handsets.ipei("3151") + " --authentication-key 123456789", 400);
        assertEquals("Invalid value for option '--authentication-key': must be 1..8 digits (the value given is not repeated:"
                + " it is secret)",
                lines(key).get(0), key);
        String type = refused("extension_info -d all --terminal-info --terminal-type ISDN", 400);
        assertEquals("Invalid value for option '--terminal-type': must be DECT or SIP, was 'ISDN'", lines(type).get(0), type);
        assertTrue(lim.contains("\nUsage: extension "), lim);

        assertEquals(404, Api.get("/api/extensions/3151").status(), "nothing was created");
        assertEquals("extension 3159 does not exist\n", refused("extension -e -d 3159", 404));
    }
}
