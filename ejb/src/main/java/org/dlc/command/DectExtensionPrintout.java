package org.dlc.command;

import java.util.List;
import org.dlc.handset.HandsetState;
import org.dlc.handset.Ipei;

/**
 * {@code dect_extension -p}:
 * <pre>
 * Dir       IPEI             State       Vendor
 * 1003      00019 0592015 3  Registered  DH6
 * </pre>
 * State: Subscribed (no location registration yet), Registered, Passive (third party working without
 * license), Blocked (third party refused: "No Access").
 */
public final class DectExtensionPrintout {

    /** One DECT subscription as printed. */
    public record Row(String directoryNumber, Ipei ipei, HandsetState state, String vendor) {
    }

    static final int[] WIDTHS = {10, 17, 12};

    private DectExtensionPrintout() {
    }

    public static String format(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        appendHeader(out);
        appendRows(out, rows);
        return out.toString();
    }

    public static void appendHeader(StringBuilder out) {
        Columns.append(out, WIDTHS, "Dir", "IPEI", "State", "Vendor");
    }

    public static void appendRows(StringBuilder out, List<Row> rows) {
        for (Row r : rows) {
            Columns.append(out, WIDTHS, r.directoryNumber(), r.ipei().printed(), state(r.state()), r.vendor());
        }
    }

    static String state(HandsetState state) {
        if (state == null) {
            return "";
        }
        String name = state.name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
