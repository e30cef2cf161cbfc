package org.dlc.command;

/**
 * Fixed-width text columns as MX-ONE prints them: each cell but the last is padded to its column's width
 * (and followed by at least one blank when it is longer); trailing blanks are dropped.
 */
final class Columns {

    private Columns() {
    }

    /** Appends one line; {@code widths} holds the width of every column but the last. */
    static void append(StringBuilder out, int[] widths, String... cells) {
        int start = out.length();
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i] == null ? "" : cells[i];
            out.append(cell);
            if (i < cells.length - 1) {
                for (int pad = Math.max(1, widths[i] - cell.length()); pad > 0; pad--) {
                    out.append(' ');
                }
            }
        }
        int end = out.length();
        while (end > start && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        out.append('\n');
    }
}
