package org.dlc.command;

import org.dlc.extension.DirectoryNumber;
import org.dlc.shared.InvalidInputException;

/**
 * The directory numbers a printout covers: {@code all}, one number, or a range {@code a..b} (both ends
 * included, in numeric order; an end may be left open: {@code 1000..}, {@code ..1999}).
 */
public record DirectorySelection(DirectoryNumber from, DirectoryNumber to, boolean single) {

    public static final DirectorySelection ALL = new DirectorySelection(null, null, false);
    public static final String ALLOWED = "a directory number (2..20 digits), a range a..b, or all";

    public static DirectorySelection parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equalsIgnoreCase("all")) {
            return ALL;
        }
        int dots = t.indexOf("..");
        if (dots < 0) {
            DirectoryNumber dir = number(t);
            return new DirectorySelection(dir, dir, true);
        }
        String a = t.substring(0, dots);
        String b = t.substring(dots + 2);
        if (a.isEmpty() && b.isEmpty()) {
            throw new InvalidInputException("directoryNumber", "must be " + ALLOWED + ", was '" + text + "'");
        }
        DirectoryNumber from = a.isEmpty() ? null : number(a);
        DirectoryNumber to = b.isEmpty() ? null : number(b);
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new InvalidInputException("directoryNumber", "range " + from + ".." + to + " is empty: its start"
                    + " comes after its end");
        }
        return new DirectorySelection(from, to, false);
    }

    private static DirectoryNumber number(String text) {
        if (!text.matches("\\d{2,20}")) {
            throw new InvalidInputException("directoryNumber", "must be " + ALLOWED + ", was '"
                    + (text.length() > 30 ? text.substring(0, 30) + "..." : text) + "'");
        }
        return new DirectoryNumber(text);
    }

    /** The one directory number, for commands that act on a single extension. */
    public DirectoryNumber dir() {
        if (!single) {
            throw new InvalidInputException("directoryNumber", "must be a single directory number here, not a range or all");
        }
        return from;
    }

    /**
     * The directory number that follows {@code value} in numeric order (shorter numbers first, then digit by
     * digit), or null after the last possible one. Used to page by key.
     */
    static String successor(String value) {
        char[] digits = value.toCharArray();
        for (int i = digits.length - 1; i >= 0; i--) {
            if (digits[i] < '9') {
                digits[i]++;
                return new String(digits);
            }
            digits[i] = '0';
        }
        return digits.length >= 20 ? null : "0".repeat(digits.length + 1);
    }
}
