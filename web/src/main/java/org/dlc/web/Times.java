package org.dlc.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Times as MX-ONE prints them: {@code 2020-12-19 18:12:46.221429 (UTC)} and the server's local time. */
@Named("times")
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    public String utc(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(ZoneOffset.UTC)) + " (UTC)";
    }

    public String local(Instant instant) {
        return local(instant, ZoneId.systemDefault());
    }

    static String local(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        var zoned = instant.atZone(zone);
        boolean daylight = zone.getRules().isDaylightSavings(instant);
        String name = java.util.TimeZone.getTimeZone(zone).getDisplayName(daylight, java.util.TimeZone.SHORT, Locale.ROOT);
        return FORMAT.format(zoned) + " (" + (name.isBlank() ? zone.getDisplayName(TextStyle.SHORT, Locale.ROOT) : name)
                + ")";
    }

    /** Short form for tables. */
    public String shortUtc(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(instant.atZone(ZoneOffset.UTC))
                + " UTC";
    }
}
