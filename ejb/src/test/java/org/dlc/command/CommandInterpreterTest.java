package org.dlc.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dlc.alarm.AlarmService;
import org.dlc.alarm.AlarmSnapshot;
import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.Extension;
import org.dlc.extension.ExtensionInfo;
import org.dlc.extension.ExtensionInfoService;
import org.dlc.extension.ExtensionQuery;
import org.dlc.extension.ExtensionService;
import org.dlc.extension.LicenseState;
import org.dlc.extension.Lim;
import org.dlc.handset.Classification;
import org.dlc.handset.HandsetState;
import org.dlc.license.LicenseService;
import org.dlc.license.LicenseStatus;
import org.dlc.shared.ConflictException;
import org.dlc.user.Role;
import org.dlc.shared.NotFoundException;
import org.junit.jupiter.api.Test;

class CommandInterpreterTest {

    /** extension_info rows kept in numeric order, served like the database would. */
    static final class FakeInfo extends ExtensionInfoService {
        final NavigableMap<DirectoryNumber, ExtensionInfo> rows = new TreeMap<>();
        final List<ExtensionQuery> queries = new ArrayList<>();

        void add(ExtensionInfo info) {
            rows.put(new DirectoryNumber(info.directoryNumber()), info);
        }

        @Override
        public List<ExtensionInfo> list(ExtensionQuery q) {
            queries.add(q);
            NavigableMap<DirectoryNumber, ExtensionInfo> m = rows;
            if (q.from() != null) {
                m = m.tailMap(q.from(), true);
            }
            if (q.to() != null) {
                m = m.headMap(q.to(), true);
            }
            return m.values().stream().filter(i -> q.terminalType() == null || q.terminalType().equals(i.terminalType()))
                    .skip(q.offset()).limit(q.limit()).toList();
        }

        @Override
        public ExtensionInfo one(DirectoryNumber dir) {
            ExtensionInfo info = rows.get(dir);
            if (info == null) {
                throw new NotFoundException("extension " + dir + " does not exist");
            }
            return info;
        }
    }

    static final class FakeExtensions extends ExtensionService {
        final List<String> calls = new ArrayList<>();
        RuntimeException failure;

        @Override
        public Extension create(DirectoryNumber dir, Lim lim, int csp, boolean thirdPartyClient) {
            calls.add("create " + dir + " " + lim.number() + " " + csp + " " + thirdPartyClient);
            if (failure != null) {
                throw failure;
            }
            return new Extension(dir, lim, csp);
        }

        @Override
        public Extension change(DirectoryNumber dir, Lim lim, Integer csp, Boolean thirdPartyClient) {
            calls.add("change " + dir + " " + (lim == null ? null : lim.number()) + " " + csp + " " + thirdPartyClient);
            return new Extension(dir, Lim.DEFAULT, 0);
        }

        @Override
        public void erase(DirectoryNumber dir) {
            calls.add("erase " + dir);
            if (failure != null) {
                throw failure;
            }
        }
    }

    static final class FakeAlarms extends AlarmService {
        final List<AlarmSnapshot> alarms = new ArrayList<>(List.of(AlarmPrintoutTest.alarm14(), AlarmPrintoutTest.alarm12(false)));
        final List<String> calls = new ArrayList<>();

        @Override
        public List<AlarmSnapshot> active() {
            return alarms;
        }

        @Override
        public Optional<AlarmSnapshot> find(long handle) {
            return alarms.stream().filter(a -> a.handle() == handle).findFirst();
        }

        @Override
        public boolean clear(long handle) {
            calls.add("clear " + handle);
            find(handle).orElseThrow(() -> new NotFoundException("alarm handle " + handle + " does not exist"));
            return true;
        }

        @Override
        public int clearAll() {
            calls.add("clearAll");
            return alarms.size();
        }

        @Override
        public AlarmSnapshot notice(long handle) {
            calls.add("notice " + handle);
            return find(handle).orElseThrow();
        }
    }

    static final class FakeLicenses extends LicenseService {
        @Override
        public LicenseStatus status() {
            return new LicenseStatus("3RD-PARTY-SIP-EXTENSION", "MX - Extension 3rd party device", "86L00079AAA-A",
                    5, 2, 3, 0, 0, 0, null, null, null);
        }
    }

    final FakeInfo info = new FakeInfo();
    final FakeExtensions extensions = new FakeExtensions();
    final FakeAlarms alarms = new FakeAlarms();
    final Services services = new Services(extensions, null, info, null, alarms, new FakeLicenses(),
            ZoneId.of("Europe/Stockholm"));
    final CommandInterpreter interpreter = new CommandInterpreter(services, p -> true);

    CommandResult run(String line) {
        return interpreter.execute(line);
    }

    static void assertError(int status, CommandResult r, String... fragments) {
        assertEquals(status, r.status(), r.output());
        assertFalse(r.ok());
        assertTrue(r.output().endsWith("\n"));
        for (String f : fragments) {
            assertTrue(r.output().contains(f), "'" + f + "' not in: " + r.output());
        }
    }

    @Test
    void extensionInitiateHandsAllOptionsToTheService() {
        CommandResult r = run("extension -i -d 1003 -l 2 --csp 5 --third-party-client yes");
        assertEquals(new CommandResult(200, "Extension 1003 initiated.\n"), r);
        assertTrue(r.ok());
        assertEquals(List.of("create 1003 2 5 true"), extensions.calls);
        run("extension -i -d 1004");
        assertEquals("create 1004 1 0 false", extensions.calls.get(1));
    }

    @Test
    void extensionChangeAndErase() {
        assertEquals("Extension 1003 changed.\n", run("extension -c -d 1003 --third-party-client n").output());
        assertEquals("Extension 1003 erased.\n", run("extension -e -d 1003").output());
        assertEquals(List.of("change 1003 null null false", "erase 1003"), extensions.calls);
        assertError(400, run("extension -c -d 1003"), "Nothing to change");
        assertError(400, run("extension -e -d 1003 --csp 1"), "'--csp'", "-e");
    }

    @Test
    void invalidValuesNameTheOptionAndWhatItAllows() {
        assertError(400, run("extension -i -d 1003 -l 125"), "'-l'", "1..124", "Usage: extension");
        assertError(400, run("extension -i -d 1003 -l x"), "'-l'", "1..124");
        assertError(400, run("extension -i -d 1003 --csp 501"), "'--csp'", "0..500");
        assertError(400, run("extension -i -d 1003 --third-party-client maybe"), "'--third-party-client'",
                "1/t/true/y/yes or 0/f/false/n/no");
        assertError(400, run("extension -i -d 1x"), "'-d'", "2..20 digits");
        assertError(400, run("extension -i -d all"), "'-d'", "single directory number");
        assertError(400, run("extension -i"), "'-d <dir>'");
        assertError(400, run("extension -i -d 1003 --frobnicate"), "Unknown option: '--frobnicate'");
        assertError(400, run("extension -d 1003"), "-i", "-p");
        assertError(400, run("extension -i -e -d 1003"), "mutually exclusive");
        assertError(400, run("extension -i -d 1003 -d 1004"), "'-d'");
        assertError(400, run("dect_extension -i -d 1003 --ipei \"00019 0592015 4\" --authentication-key 1"),
                "'--ipei'", "check character");
        assertError(400, run("dect_extension -i -d 1003 --ipei '00019 0592015 3' --authentication-key 123456789"),
                "'--authentication-key'", "1..8 digits");
        assertError(400, run("dect_extension -i -d 1003 --ipei 0001905920153"), "--authentication-key");
        assertError(400, run("extension_info -d all --terminal-type XYZ"), "'--terminal-type'", "DECT or SIP");
        assertError(400, run("extension_info --terminal-info"), "'-d");
        assertError(400, run("alarm -p --handle 0"), "'--handle'");
        assertError(400, run("alarm -p --format long"), "short or full");
        assertTrue(extensions.calls.isEmpty());
    }

    @Test
    void serviceExceptionsPassThroughWithTheirStatus() {
        extensions.failure = new ConflictException("extension 1003 already exists");
        assertEquals(new CommandResult(409, "extension 1003 already exists\n"), run("extension -i -d 1003"));
        extensions.failure = new NotFoundException("extension 1003 does not exist");
        assertEquals(new CommandResult(404, "extension 1003 does not exist\n"), run("extension -e -d 1003"));
        extensions.failure = new IllegalStateException("boom");
        assertError(500, run("extension -e -d 1003"), "Internal error");
    }

    @Test
    void unknownEmptyAndHelp() {
        assertError(400, run("frobnicate -x"), "Unknown command 'frobnicate'", "extension_info", "license_status");
        assertError(400, run("   "), "No command given", "alarm");
        CommandResult help = run("help");
        assertTrue(help.ok());
        assertTrue(help.output().contains("dect_extension"), help.output());
        CommandResult usage = run("help extension");
        assertTrue(usage.ok());
        assertTrue(usage.output().contains("--third-party-client yes|no"), usage.output());
        assertTrue(run("alarm --help").output().contains("--noticed"));
        assertError(400, run("help nothing"), "Unknown command 'nothing'");
        assertError(400, run("extension -i -d \"1003"), "not closed");
        assertError(400, run("extension -p " + "x".repeat(5000)), "at most 4096");
    }

    @Test
    void atFilesAreNotRead() {
        assertError(400, run("extension -p @/etc/passwd"), "@/etc/passwd");
    }

    @Test
    void extensionInfoPrintsTheSpecificationsTable() {
        ExtensionInfoPrintoutTest.specRows().forEach(info::add);
        info.add(new ExtensionInfo("1002", "SIP", "Not available", "", null, LicenseState.EXEMPT, 1, false, null, null,
                null, 0, null, null, null));
        CommandResult r = run("extension_info -d all --terminal-info --terminal-type DECT");
        assertEquals(200, r.status());
        assertEquals(ExtensionInfoPrintout.format(ExtensionInfoPrintoutTest.specRows()), r.output());
        assertEquals(ExtensionInfoPrintoutTest.SPEC, ExtensionInfoPrintoutTest.collapse(r.output()));

        String range = run("extension_info -d 1035..2131 --terminal-info").output();
        assertEquals(List.of("1035", "2119", "2130", "2131"), dirs(range));
        assertEquals(List.of("1002"), dirs(run("extension_info -d all --terminal-info --terminal-type sip").output()));
        assertEquals(List.of("6014"), dirs(run("extension_info -d 6014 --terminal-info").output()));
        assertEquals(List.of(), dirs(run("extension_info -d 1002 --terminal-info --terminal-type DECT").output()));
        assertError(404, run("extension_info -d 9999 --terminal-info"), "extension 9999 does not exist");
    }

    @Test
    void extensionInfoPagesThrough100000ExtensionsByKey() {
        for (int i = 0; i < 100_000; i++) {
            String dir = Integer.toString(100_000 + i * 3);
            info.add(new ExtensionInfo(dir, i % 10 == 0 ? "SIP" : "DECT", "Not available", i % 7 == 0 ? "" : "DH6",
                    Classification.MITEL, LicenseState.EXEMPT, 1, false, null, null, null, 0, HandsetState.REGISTERED,
                    null, null));
        }
        CommandResult r = run("extension_info -d all --terminal-info --terminal-type DECT");
        List<String> dirs = dirs(r.output());
        assertEquals(90_000, dirs.size());
        assertEquals(dirs.stream().distinct().count(), dirs.size());
        assertEquals("100003", dirs.get(0));
        assertEquals(19, info.queries.size()); // 18 full pages of 5 000, then an empty one
        assertTrue(info.queries.stream().allMatch(q -> q.offset() == 0 && q.limit() == ExtensionPages.PAGE_SIZE));
    }

    @Test
    void extensionPrint() {
        ExtensionInfoPrintoutTest.specRows().forEach(info::add);
        String out = run("extension -p -d 2130..2135").output();
        assertEquals("""
                Dir       LIM  CSP  Third Party  Terminal type
                2130      1    0    no           DECT
                2131      1    0    no           DECT
                2135      1    0    no           DECT
                """, out);
        assertEquals(9, run("extension -p").output().split("\n").length);
        assertError(404, run("extension -p -d 9999"), "does not exist");
    }

    @Test
    void alarms() {
        CommandResult list = run("alarm -p");
        assertTrue(list.ok());
        assertEquals(AlarmPrintout.list(alarms.alarms), list.output());
        assertEquals(AlarmPrintout.full(AlarmPrintoutTest.alarm12(false), ZoneId.of("Europe/Stockholm")),
                run("alarm -p --format full --handle 7937").output());
        assertTrue(run("alarm -p --format FULL").output().contains("Alarm handle ...: 7425"));
        assertError(404, run("alarm -p --handle 1"), "alarm handle 1 does not exist");
        assertEquals("Alarm 7937 cleared.\n", run("alarm -e --handle 7937").output());
        assertEquals("2 alarm(s) cleared.\n", run("alarm -e --all").output());
        assertEquals("Alarm 7425 noticed.\n", run("alarm --noticed --handle 7425").output());
        assertEquals(List.of("clear 7937", "clearAll", "notice 7425"), alarms.calls);
        assertError(400, run("alarm -e"), "--handle", "--all");
        assertError(400, run("alarm -e --handle 1 --all"), "cannot be used together");
        assertError(400, run("alarm --noticed"), "--handle");
        assertError(400, run("alarm -p -e"), "mutually exclusive");
    }

    @Test
    void licenseStatus() {
        CommandResult r = run("license_status");
        assertTrue(r.ok());
        assertTrue(r.output().startsWith("Tag                     | Trial time | Allowed | Used\n"
                + "3RD-PARTY-SIP-EXTENSION | -          | 5       | 2\n"), r.output());
        assertError(400, run("license_status --verbose"), "Unknown option");
    }

    @Test
    void aCommandNeedsThePermissionOfWhatItDoesAndARefusalNamesBothAndChangesNothing() {
        CommandInterpreter readOnly = new CommandInterpreter(services, p -> p.grantedTo(Role.READ_ONLY));
        assertTrue(readOnly.execute("extension -p").ok());
        assertTrue(readOnly.execute("alarm -p").ok());
        assertTrue(readOnly.execute("license_status").ok());
        assertError(403, readOnly.execute("extension -i -d 1003"), "extension -i needs the permission extension.change"
                + " (create, change and erase extensions, seize and release licenses; roles: admin, operator)."
                + " Nothing was changed.");
        assertError(403, readOnly.execute("extension -c -d 1003 --third-party-client yes"), "extension -c", "extension.change");
        assertError(403, readOnly.execute("extension -e -d 1003"), "extension -e", "extension.change");
        assertError(403, readOnly.execute("alarm -e --all"), "alarm -e needs the permission alarm.change");
        assertError(403, readOnly.execute("alarm --noticed --handle 7425"), "alarm --noticed", "alarm.change");
        assertError(403, readOnly.execute("diagnostic_print --clear"), "diagnostic_print --clear", "diagnostic.clear");
        assertError(403, readOnly.execute("dect_extension -e -d 1003"), "dect_extension -e", "subscription.change");
        assertEquals(List.of(), extensions.calls);
        assertEquals(List.of(), alarms.calls);

        CommandInterpreter dectController = new CommandInterpreter(services, p -> p.grantedTo(Role.DECT_CONTROLLER));
        assertError(403, dectController.execute("extension -p"), "extension -p needs the permission extension.read");
        assertError(403, dectController.execute("license_status"), "license_status", "license.read");

        CommandInterpreter operator = new CommandInterpreter(services, p -> p.grantedTo(Role.OPERATOR));
        assertTrue(operator.execute("extension -i -d 1003").ok());
        assertTrue(operator.execute("alarm -e --all").ok());
    }

    static List<String> dirs(String printout) {
        return Stream.of(printout.split("\n")).skip(2).map(l -> l.split(" ")[0]).toList();
    }
}
