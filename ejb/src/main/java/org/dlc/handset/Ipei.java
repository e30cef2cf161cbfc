package org.dlc.handset;

import java.util.regex.Pattern;
import org.dlc.shared.InvalidInputException;

/**
 * International Portable Equipment Identity, as printed: 5-digit EMC, 7-digit serial number and a check
 * character (the sum of position x digit over the 12 digits, modulo 11; '*' stands for 10).
 * Spaces between the groups are accepted on input; the value is kept without them.
 */
public record Ipei(String value) {

    /** Compiled once: every location registration parses an IPEI. */
    private static final Pattern FORM = Pattern.compile("\\d{12}[\\d*]");

    public Ipei {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidInputException("ipei",
                    "must be 13 characters: 5-digit EMC, 7-digit serial number, check digit or '*', was " + quote(value));
        }
        char expected = checkCharacter(value.substring(0, 12));
        if (value.charAt(12) != expected) {
            throw new InvalidInputException("ipei", "check character of " + value + " must be " + expected);
        }
    }

    public static Ipei parse(String text) {
        return new Ipei(text == null ? null : text.replace(" ", ""));
    }

    /** Builds the IPEI of an EMC and serial number, with its check character. */
    public static Ipei of(int emc, int serial) {
        String digits = String.format("%05d%07d", emc, serial);
        return new Ipei(digits + checkCharacter(digits));
    }

    static char checkCharacter(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (i + 1) * (twelveDigits.charAt(i) - '0');
        }
        int check = sum % 11;
        return check == 10 ? '*' : (char) ('0' + check);
    }

    private static String quote(String s) {
        return s == null ? "nothing" : "'" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'";
    }

    /** The printed form, e.g. {@code 00019 0592015 3}. */
    public String printed() {
        return value.substring(0, 5) + " " + value.substring(5, 12) + " " + value.charAt(12);
    }

    @Override
    public String toString() {
        return value;
    }
}
