package org.dlc.extension;

import java.util.regex.Pattern;
import org.dlc.shared.InvalidInputException;

/** An extension's directory number: 2 to 20 digits. */
public record DirectoryNumber(String value) implements Comparable<DirectoryNumber> {

    /** Compiled once: every location registration and every printed line makes one. */
    private static final Pattern FORM = Pattern.compile("\\d{2,20}");

    public DirectoryNumber {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidInputException("directoryNumber", "must be 2..20 digits, was "
                    + (value == null ? "nothing" : "'" + (value.length() > 30 ? value.substring(0, 30) + "..." : value) + "'"));
        }
    }

    /** Numeric order, so that 311 sorts before 1003 as in MX-ONE printouts. */
    @Override
    public int compareTo(DirectoryNumber o) {
        int byLength = Integer.compare(value.length(), o.value.length());
        return byLength != 0 ? byLength : value.compareTo(o.value);
    }

    /**
     * A string whose plain (character) order is this order: the length in two digits, then the number
     * ("03311" before "041003"). Stored and indexed, so listings in this order are read from an index.
     */
    public String sortKey() {
        return sortKey(value);
    }

    public static String sortKey(String value) {
        return (value.length() < 10 ? "0" : "") + value.length() + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
