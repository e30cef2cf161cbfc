package org.dlc.command;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.dlc.alarm.AlarmDefinition;
import org.dlc.alarm.AlarmSnapshot;
import org.dlc.system.LocalTimeZone;

/**
 * {@code alarm -p}, in the MX-ONE layouts of the specification: the list
 * <pre>
 * Global status: 1 active alarm(s)
 * S N Handle Dom. Code LIM Where Explanation
 * =============================================================================
 * 1   7937   2    12   1   CTLP  Failed registration of third party DECT device due to missing third party license
 * </pre>
 * (N is {@code *} once the alarm is noticed) and the full block of {@code alarm -p --format full}, whose times are
 * in UTC and, on the line below, in the {@linkplain LocalTimeZone configured local zone} (left out when that is UTC).
 */
public final class AlarmPrintout {

    public static final String RULE = "=".repeat(77);
    static final int[] WIDTHS = {2, 2, 7, 5, 5, 4, 6};
    static final Map<Integer, String> SEVERITIES = Map.of(0, "cleared", 1, "information", 2, "minor", 3, "major",
            4, "critical");
    static final Map<Integer, String> DOMAINS = Map.of(AlarmDefinition.DOMAIN, AlarmDefinition.DOMAIN_NAME);
    static final Map<Integer, String> UNITS = Map.of(AlarmDefinition.SENDER_UNIT, AlarmDefinition.SENDER_UNIT_NAME);
    /** Continuation lines start under the values. */
    static final String INDENT = " ".repeat(18);

    private AlarmPrintout() {
    }

    public static String list(List<AlarmSnapshot> alarms) {
        StringBuilder out = new StringBuilder();
        long active = alarms.stream().filter(AlarmSnapshot::active).count();
        out.append("Global status: ").append(active).append(" active alarm(s)\n");
        Columns.append(out, WIDTHS, "S", "N", "Handle", "Dom.", "Code", "LIM", "Where", "Explanation");
        out.append(RULE).append('\n');
        for (AlarmSnapshot a : alarms) {
            Columns.append(out, WIDTHS, Integer.toString(a.severity()), a.noticed() ? "*" : "",
                    Long.toString(a.handle()), Integer.toString(a.domain()), Integer.toString(a.code()),
                    Integer.toString(a.lim()), unitName(a.senderUnit()), a.explanation());
        }
        return out.toString();
    }

    /** The full blocks, separated by blank lines. */
    public static String full(List<AlarmSnapshot> alarms, ZoneId zone) {
        if (alarms.isEmpty()) {
            return "No active alarms.\n";
        }
        StringBuilder out = new StringBuilder();
        for (AlarmSnapshot a : alarms) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(full(a, zone));
        }
        return out.toString();
    }

    public static String full(AlarmSnapshot a, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        line(out, "Alarm handle ...: ", Long.toString(a.handle()));
        line(out, "Count...........: ", Integer.toString(a.count()));
        time(out, "First at........: ", a.firstAt(), zone);
        time(out, "Latest at.......: ", a.latestAt(), zone);
        line(out, "Sender LIM......: ", Integer.toString(a.lim()));
        line(out, "Sender unit.....: ", named(a.senderUnit(), UNITS));
        line(out, "Alarm domain ...: ", named(a.domain(), DOMAINS));
        line(out, "Alarm code .....: ", a.code() + " = " + a.explanation());
        line(out, "Severity .......: ", named(a.severity(), SEVERITIES));
        line(out, "Noticed ........: ", a.noticed() ? "Yes" : "No");
        line(out, "Faulty unit ....: ", "LIM=" + a.lim() + " PU=" + named(a.senderUnit(), UNITS).replace(" = ", "="));
        line(out, "Additional text : ", a.additionalText() == null ? "" : a.additionalText());
        return out.toString();
    }

    public static String cleared(long handle, boolean wasActive) {
        return wasActive ? "Alarm " + handle + " cleared.\n" : "Alarm " + handle + " was already cleared.\n";
    }

    public static String clearedAll(int count) {
        return count + " alarm(s) cleared.\n";
    }

    public static String noticed(long handle) {
        return "Alarm " + handle + " noticed.\n";
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(label).append(value).append('\n');
    }

    private static void time(StringBuilder out, String label, Instant t, ZoneId zone) {
        if (t == null) {
            line(out, label, "-");
            return;
        }
        line(out, label, LocalTimeZone.utc(t));
        // The specification's second line is the local time; in a zone that is UTC it would repeat the first.
        if (!LocalTimeZone.isUtc(zone)) {
            out.append(INDENT).append(LocalTimeZone.local(t, zone)).append('\n');
        }
    }

    private static String named(int number, Map<Integer, String> names) {
        String name = names.get(number);
        return name == null ? Integer.toString(number) : number + " = " + name;
    }

    private static String unitName(int unit) {
        String name = UNITS.get(unit);
        return name == null ? Integer.toString(unit) : name;
    }
}
