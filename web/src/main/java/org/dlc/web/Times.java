package org.dlc.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dlc.system.LocalTimeZone;

/**
 * Times as MX-ONE prints them: {@code 2020-12-19 18:12:46.221429 (UTC)} and, beside it, the same instant in the
 * {@linkplain LocalTimeZone configured local zone}, unless that zone is UTC (the line would repeat the first).
 */
@Named("times")
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz",
            Locale.ENGLISH);

    public String utc(Instant instant) {
        return instant == null ? "" : LocalTimeZone.utc(instant);
    }

    /** The local line; empty when the configured zone is UTC (see {@link #isLocalShown}). */
    public String local(Instant instant) {
        return instant == null || !isLocalShown() ? "" : LocalTimeZone.local(instant, LocalTimeZone.configured());
    }

    /** Whether the pages show a local time beside UTC: the configured zone is not UTC. */
    public boolean isLocalShown() {
        return !LocalTimeZone.isUtc(LocalTimeZone.configured());
    }

    /** Short form for tables: {@code 2020-12-19 18:12:46 UTC}, and {@code · 2020-12-19 19:12:46 CET} beside it. */
    public String shortUtc(Instant instant) {
        if (instant == null) {
            return "";
        }
        String utc = SHORT.format(instant.atZone(java.time.ZoneOffset.UTC)) + " UTC";
        return isLocalShown() ? utc + " · " + SHORT_LOCAL.format(instant.atZone(LocalTimeZone.configured())) : utc;
    }
}
