package org.dlc.system;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The local time zone the printouts and pages show beside UTC, as the specification's alarm printout shows CET
 * beside UTC: system property {@value #PROPERTY} (a region such as {@code Europe/Stockholm}, {@code UTC} or an
 * offset such as {@code +01:00}), by default the server's own zone. Read at each use; checked at start, so a
 * server with a bad value does not start ({@link Bootstrap}).
 */
public final class LocalTimeZone {

    public static final String PROPERTY = "dlc.time.zone";

    private static final String PATTERN = "yyyy-MM-dd HH:mm:ss.SSSSSS";
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern(PATTERN + " '(UTC)'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern(PATTERN + " '('zzz')'",
            Locale.ENGLISH);

    private LocalTimeZone() {
    }

    /** @throws IllegalArgumentException naming the property and what it accepts */
    public static ZoneId configured() {
        return parse(System.getProperty(PROPERTY));
    }

    static ZoneId parse(String value) {
        if (value == null || value.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(PROPERTY + ": '" + value + "' is not a time zone; use a region such as"
                    + " Europe/Stockholm, UTC, or an offset such as +01:00 (or leave it unset for the server's zone)");
        }
    }

    /** Whether times in this zone always read as in UTC: then a second, local, line would repeat the first. */
    public static boolean isUtc(ZoneId zone) {
        return zone.getRules().isFixedOffset() && zone.getRules().getOffset(Instant.EPOCH).equals(ZoneOffset.UTC);
    }

    /** {@code 2020-12-19 18:12:46.221429 (UTC)}, as MX-ONE prints it. */
    public static String utc(Instant t) {
        return UTC_TIME.format(t);
    }

    /** {@code 2020-12-19 19:12:46.221429 (CET)}: the same instant in {@code zone}, named as MX-ONE names it. */
    public static String local(Instant t, ZoneId zone) {
        return LOCAL_TIME.format(t.atZone(zone));
    }
}
