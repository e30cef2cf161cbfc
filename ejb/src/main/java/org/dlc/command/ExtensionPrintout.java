package org.dlc.command;

import java.util.List;

/**
 * {@code extension -p}:
 * <pre>
 * Dir       LIM  CSP  Third Party  Terminal type
 * 1003      1    0    yes          DECT
 * </pre>
 */
public final class ExtensionPrintout {

    /** One extension as printed. */
    public record Row(String directoryNumber, int lim, int csp, boolean thirdPartyClient, String terminalType) {
    }

    static final int[] WIDTHS = {10, 5, 5, 13};

    private ExtensionPrintout() {
    }

    public static String format(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        appendHeader(out);
        appendRows(out, rows);
        return out.toString();
    }

    public static void appendHeader(StringBuilder out) {
        Columns.append(out, WIDTHS, "Dir", "LIM", "CSP", "Third Party", "Terminal type");
    }

    public static void appendRows(StringBuilder out, List<Row> rows) {
        for (Row r : rows) {
            Columns.append(out, WIDTHS, r.directoryNumber(), Integer.toString(r.lim()), Integer.toString(r.csp()),
                    r.thirdPartyClient() ? "yes" : "no", r.terminalType());
        }
    }
}
