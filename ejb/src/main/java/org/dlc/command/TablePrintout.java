package org.dlc.command;

import java.util.List;
import java.util.function.Function;

/** A fixed-width printout: one header line, then one line per row. */
record TablePrintout<R>(int[] widths, String[] header, Function<R, String[]> cells) {

    String format(List<R> rows) {
        StringBuilder out = new StringBuilder();
        appendHeader(out);
        appendRows(out, rows);
        return out.toString();
    }

    void appendHeader(StringBuilder out) {
        Columns.append(out, widths, header);
    }

    void appendRows(StringBuilder out, List<R> rows) {
        for (R row : rows) {
            Columns.append(out, widths, cells.apply(row));
        }
    }
}
