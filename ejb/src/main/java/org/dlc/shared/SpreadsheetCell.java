package org.dlc.shared;

/**
 * A CSV cell that a spreadsheet must not run as a formula: text led by =, +, - or @ (a name typed at a login, a
 * vendor text of the catalogue) starts with an apostrophe.
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    public static String of(String text) {
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
