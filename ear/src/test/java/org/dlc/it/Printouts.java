package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** MX-ONE command lines through {@code POST /dlc/api/commands}, and reading their printouts. */
final class Printouts {

    static final String EXTENSION_INFO_TITLE = "Extension Info";
    static final String EXTENSION_INFO_HEADER = "Dir       Terminal type  Revision       Vendor";
    static final String ALARM_HEADER = "S N Handle Dom. Code LIM Where Explanation";
    static final String ALARM_RULE = "=".repeat(77);
    static final String ALARM_12 = "Failed registration of third party DECT device due to missing third party license";
    static final String ALARM_14 = "Having third party DECT device in system without third party license";
    static final String DIAGNOSTIC_HEADER = "Dir       IPEI             MANIC  MODIC  LIM  First identified     Last identified";
    static final String DIAGNOSTIC_TOTAL = "Number of third party DECT devices without license: ";
    /** A time as the printouts show it, to seconds or to microseconds: the one thing a test cannot know. */
    static final String TIME = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?";

    private Printouts() {
    }

    /** Runs a command that must succeed. @return its printout */
    static String ok(String line) {
        Api.Reply r = Api.command(line);
        assertEquals(200, r.status(), line + " -> " + r.body());
        assertTrue(r.contentType().startsWith("text/plain"), r.contentType());
        return r.body();
    }

    /** Runs a command that must be refused with this status. @return the error text */
    static String refused(String line, int status) {
        Api.Reply r = Api.command(line);
        assertEquals(status, r.status(), line + " -> " + r.body());
        assertTrue(r.contentType().startsWith("text/plain"), r.contentType());
        return r.body();
    }

    static List<String> lines(String printout) {
        return printout.lines().toList();
    }

    /** The rows of a table printout whose first column is one of {@code dirs}, in printed order. */
    static List<String> rowsOf(String printout, Collection<String> dirs) {
        return printout.lines().filter(l -> dirs.contains(l.split(" ", 2)[0])).toList();
    }

    /**
     * {@code alarm -p}: the global status counting the active alarms, the header, the rule and one line for each
     * active alarm. @return the lines
     */
    static List<String> alarmList() {
        List<String> lines = lines(ok("alarm -p"));
        int active = Api.get("/api/alarms").jsonArray().size();
        assertEquals("Global status: " + active + " active alarm(s)", lines.get(0));
        assertEquals(ALARM_HEADER, lines.get(1));
        assertEquals(ALARM_RULE, lines.get(2));
        assertEquals(3 + active, lines.size(), lines.toString());
        return lines;
    }

    /** A line of {@code alarm -p}: information severity, not noticed, domain ACS, LIM 1, sender CTLP. */
    static String alarmLine(int handle, int code) {
        return String.format("1   %-7s2    %-5d1   CTLP  %s", handle, code, code == 12 ? ALARM_12 : ALARM_14);
    }

    /** A row of {@code diagnostic_print} for the handset of this extension (LIM 1), as a pattern: times vary. */
    static Pattern diagnosticRow(String dir, int manic, int modic) {
        return Pattern.compile(Pattern.quote(String.format("%-10s%s  %-7d%-7d1    ", dir, Handsets.printedIpei(dir),
                manic, modic)) + TIME + "  " + TIME);
    }

    /** A row of {@code diagnostic_print} for a handset not identified since the list was cleared (LIM 1). */
    static String diagnosticRowSinceClear(String dir, int manic, int modic) {
        return String.format("%-10s%s  %-7d%-7d1    %-21s-", dir, Handsets.printedIpei(dir), manic, modic, "-");
    }

    /** Times replaced by {@code <time>}. */
    static String masked(String text) {
        return text.replaceAll(TIME, "<time>");
    }
}
