package org.dlc.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LocalTimeZoneTest {

    /** The specification's alarm 12: first at 2020-12-19 18:12:46.221429 UTC. */
    private static final Instant FIRST_AT = Instant.parse("2020-12-19T18:12:46.221429Z");

    @Test
    void the_local_line_of_the_specification_is_cet_beside_utc() {
        ZoneId stockholm = LocalTimeZone.parse("Europe/Stockholm");
        assertEquals("2020-12-19 18:12:46.221429 (UTC)", LocalTimeZone.utc(FIRST_AT));
        assertEquals("2020-12-19 19:12:46.221429 (CET)", LocalTimeZone.local(FIRST_AT, stockholm));
        assertEquals("2020-06-19 20:12:46.221429 (CEST)",
                LocalTimeZone.local(Instant.parse("2020-06-19T18:12:46.221429Z"), stockholm));
    }

    @Test
    void unset_means_the_servers_zone_and_utc_zones_are_known_as_utc() {
        assertEquals(ZoneId.systemDefault(), LocalTimeZone.parse(null));
        assertEquals(ZoneId.systemDefault(), LocalTimeZone.parse(" "));
        assertTrue(LocalTimeZone.isUtc(LocalTimeZone.parse("UTC")));
        assertTrue(LocalTimeZone.isUtc(LocalTimeZone.parse("Etc/UTC")));
        assertTrue(LocalTimeZone.isUtc(LocalTimeZone.parse("+00:00")));
        assertFalse(LocalTimeZone.isUtc(LocalTimeZone.parse("Europe/London")), "UTC in winter only");
        assertFalse(LocalTimeZone.isUtc(LocalTimeZone.parse("+01:00")));
    }

    @Test
    void a_bad_zone_is_refused_naming_the_property_and_what_it_accepts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalTimeZone.parse("Mars/Olympus"));
        assertEquals("dlc.time.zone: 'Mars/Olympus' is not a time zone; use a region such as Europe/Stockholm, UTC,"
                + " or an offset such as +01:00 (or leave it unset for the server's zone)", e.getMessage());
    }
}
