package org.dlc.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Registrations are counted in memory and handed out once for storing per hour; a failed store keeps them. */
class LocationRegistrationCountsTest {

    private static final Instant T1 = Instant.parse("2026-12-01T10:01:00Z");
    private static final Instant T2 = Instant.parse("2026-12-01T10:02:00Z");

    @Test
    void each_registration_is_drained_once_and_pending_until_then() {
        LocationRegistrationCounts counts = new LocationRegistrationCounts();
        counts.decided(Decision.ACCEPT_EXEMPT);
        counts.decided(Decision.REJECT_NO_LICENSE);
        counts.notSubscribed();
        assertEquals(3, counts.pending().total());

        LocationRegistrationCounts.Snapshot first = counts.drain(T1);
        assertEquals(1, first.exempt());
        assertEquals(1, first.rejectedNoLicense());
        assertEquals(1, first.notSubscribed());
        assertEquals(0, counts.pending().total());

        counts.decided(Decision.ACCEPT_PASSIVE);
        LocationRegistrationCounts.Snapshot second = counts.drain(T2);
        assertEquals(T1, second.since(), "the stretch began at the previous drain");
        assertEquals(1, second.total());
        assertEquals(1, second.passive());
        assertEquals(4, counts.snapshot().total(), "since the start, as GET /api/audit/registrations shows");
    }

    @Test
    void counts_that_could_not_be_stored_are_drained_again() {
        LocationRegistrationCounts counts = new LocationRegistrationCounts();
        counts.decided(Decision.ACCEPT_LICENSED);
        LocationRegistrationCounts.Snapshot failed = counts.drain(T1);
        counts.undrain(failed);
        counts.decided(Decision.ACCEPT_LICENSED);

        assertEquals(2, counts.pending().licensed());
        assertEquals(2, counts.drain(T2).licensed());
    }

    @Test
    void an_hour_is_keyed_by_its_start() {
        RegistrationHour hour = new RegistrationHour(Instant.parse("2026-12-01T10:59:59Z"));
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"), hour.hour());
        assertEquals(RegistrationHour.epochHour(Instant.parse("2026-12-01T10:00:00Z")),
                RegistrationHour.epochHour(Instant.parse("2026-12-01T10:59:59.999Z")));
    }
}
