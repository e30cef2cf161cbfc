package org.dlc.snmp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RepeatThrottleTest {

    private final Instant t0 = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void a_storm_of_repeats_notifies_at_most_once_per_interval_per_alarm() {
        RepeatThrottle throttle = new RepeatThrottle(Duration.ofSeconds(60));
        throttle.raised(1, t0);
        int notified = 0;
        for (int s = 1; s <= 600; s++) { // one repeat a second for ten minutes
            notified += throttle.repeated(1, t0.plusSeconds(s)) ? 1 : 0;
        }
        assertTrue(notified == 10, "once a minute: " + notified);
        throttle.raised(2, t0.plusSeconds(600));
        assertFalse(throttle.repeated(2, t0.plusSeconds(601)), "each alarm has its own interval");
    }

    @Test
    void after_a_clear_the_alarm_is_forgotten_and_zero_means_never() {
        RepeatThrottle throttle = new RepeatThrottle(Duration.ofSeconds(60));
        throttle.raised(1, t0);
        throttle.cleared(1);
        assertTrue(throttle.repeated(1, t0.plusSeconds(1)));
        RepeatThrottle never = new RepeatThrottle(Duration.ZERO);
        never.raised(1, t0);
        assertFalse(never.repeated(1, t0.plusSeconds(3600)));
    }
}
