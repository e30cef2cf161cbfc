package org.dlc.command;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dlc.diagnostic.DiagnosticEntry;
import org.dlc.handset.Ipei;

/**
 * {@code diagnostic_print}: the subscribed third-party DECT handsets working without a license (times in UTC).
 * <pre>
 * Dir       IPEI             MANIC  MODIC  LIM  First identified     Last identified
 * 311       00019 0592015 3  10     77     1    2020-12-18 15:35:27  2020-12-19 08:01:02
 * Number of third party DECT devices without license: 1
 * </pre>
 */
public final class DiagnosticPrintout {

    /** One entry as printed. */
    public record Row(String directoryNumber, Ipei ipei, int manic, int modic, int lim,
                      Instant firstIdentified, Instant lastIdentified) {

        public static Row of(DiagnosticEntry e) {
            return new Row(e.directoryNumber(), new Ipei(e.ipei()), e.manic(), e.modic(), e.lim(),
                    e.firstIdentified(), e.lastIdentified());
        }
    }

    public static final String TOTAL = "Number of third party DECT devices without license: ";
    static final int[] WIDTHS = {10, 17, 7, 7, 5, 21};
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private DiagnosticPrintout() {
    }

    public static String format(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        Columns.append(out, WIDTHS, "Dir", "IPEI", "MANIC", "MODIC", "LIM", "First identified", "Last identified");
        for (Row r : rows) {
            Columns.append(out, WIDTHS, r.directoryNumber(), r.ipei().printed(), Integer.toString(r.manic()),
                    Integer.toString(r.modic()), Integer.toString(r.lim()), time(r.firstIdentified()),
                    time(r.lastIdentified()));
        }
        out.append(TOTAL).append(rows.size()).append('\n');
        return out.toString();
    }

    /** {@code --clear}: the identification times are forgotten, the handsets without a license stay listed. */
    public static String cleared(int reset) {
        return "Diagnostic list cleared, identification times of " + reset + (reset == 1 ? " handset" : " handsets")
                + " reset; handsets without license stay listed.\n";
    }

    static String time(Instant t) {
        return t == null ? "-" : TIME.format(t);
    }
}
