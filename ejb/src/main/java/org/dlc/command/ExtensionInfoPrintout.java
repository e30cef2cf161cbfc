package org.dlc.command;

import java.util.List;
import org.dlc.extension.ExtensionInfo;

/**
 * {@code extension_info --terminal-info}, laid out as in the specification:
 * <pre>
 * Extension Info
 * Dir       Terminal type  Revision       Vendor
 * 1003      DECT           Not available  DH6
 * 2135      DECT           Not available
 * 6014      DECT           Not available  Manufacturer: 10, Model: 77
 * </pre>
 */
public final class ExtensionInfoPrintout {

    public static final String TITLE = "Extension Info";
    static final int[] WIDTHS = {10, 15, 15};

    private ExtensionInfoPrintout() {
    }

    public static String format(List<ExtensionInfo> rows) {
        StringBuilder out = new StringBuilder(64 + rows.size() * 48);
        appendHeader(out);
        appendRows(out, rows);
        return out.toString();
    }

    /** The title and the column header. */
    public static void appendHeader(StringBuilder out) {
        out.append(TITLE).append('\n');
        Columns.append(out, WIDTHS, "Dir", "Terminal type", "Revision", "Vendor");
    }

    public static void appendRows(StringBuilder out, List<ExtensionInfo> rows) {
        for (ExtensionInfo row : rows) {
            Columns.append(out, WIDTHS, row.directoryNumber(), row.terminalType(), row.revision(), row.vendor());
        }
    }
}
