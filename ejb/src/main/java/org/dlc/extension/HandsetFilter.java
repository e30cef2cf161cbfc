package org.dlc.extension;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.dlc.handset.Classification;
import org.dlc.shared.InvalidInputException;

/**
 * Which DECT handsets an extension listing keeps (all null: no filter on the handset): a classification, a license
 * state as extension_info derives it, a Vendor text exactly as extension_info prints it, and handsets not seen for
 * at least {@code notSeenDays} days (their latest location registration, or their subscription if never, is older).
 * The dashboard's cards and charts lead to listings with these filters.
 */
public record HandsetFilter(Classification classification, LicenseState licenseState, String vendor,
                            Integer notSeenDays) {

    public static final HandsetFilter NONE = new HandsetFilter(null, null, null, null);
    public static final int MAX_NOT_SEEN_DAYS = 3650;
    /** extension_info's Vendor column is stored in 80 characters. */
    public static final int MAX_VENDOR = 80;

    public HandsetFilter {
        if (notSeenDays != null && (notSeenDays < 1 || notSeenDays > MAX_NOT_SEEN_DAYS)) {
            throw new InvalidInputException("notSeenDays", "must be 1.." + MAX_NOT_SEEN_DAYS + " (days), was "
                    + notSeenDays);
        }
        if (vendor != null && vendor.length() > MAX_VENDOR) {
            throw new InvalidInputException("vendor", "must be at most " + MAX_VENDOR + " characters, was "
                    + vendor.length());
        }
    }

    /** From the text of a URL or form; blank means no filter. @throws InvalidInputException naming the field */
    public static HandsetFilter parse(String classification, String licenseState, String vendor, String notSeenDays) {
        return new HandsetFilter(constant(Classification.class, "classification", classification),
                constant(LicenseState.class, "licenseState", licenseState), blankToNull(vendor),
                days(blankToNull(notSeenDays)));
    }

    private static Integer days(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("notSeenDays", "must be 1.." + MAX_NOT_SEEN_DAYS + " (days), was '"
                    + text + "'");
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String field, String text) {
        String name = blankToNull(text);
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", was '" + name + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public boolean any() {
        return classification != null || licenseState != null || vendor != null || notSeenDays != null;
    }

    /** The latest-seen time before which a handset counts as not seen, or null without that filter. */
    public Instant notSeenSince(Instant now) {
        return notSeenDays == null ? null : now.minus(Duration.ofDays(notSeenDays));
    }

    /** Whether a row passes (the rule the database query below also writes). */
    boolean matches(ExtensionInfo row, Instant notSeenSince) {
        return (classification == null || classification == row.classification())
                && (licenseState == null || licenseState == row.licenseState())
                && (vendor == null || row.handsetState() != null && vendor.equals(row.vendor()))
                && (notSeenSince == null || row.handsetState() != null
                        && row.seenOrSubscribedAt().isBefore(notSeenSince));
    }
}
