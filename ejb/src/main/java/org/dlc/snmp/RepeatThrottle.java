package org.dlc.snmp;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The re-notification rule for repeats of an active alarm: a raise always notifies; a repeat notifies again
 * (the same raise notification, with the new count and latest-at) only when at least the interval has passed
 * since the last notification of that alarm; other repeats only update the active table. So a storm of
 * rejected registrations of one handset costs an NMS at most one notification per interval, while the table
 * always shows the current count. A zero interval: repeats never re-notify. A clear always notifies and
 * forgets the alarm.
 */
final class RepeatThrottle {

    private final Duration interval;
    private final Map<Long, Instant> lastNotified = new HashMap<>();

    RepeatThrottle(Duration interval) {
        this.interval = interval;
    }

    synchronized void raised(long handle, Instant now) {
        lastNotified.put(handle, now);
    }

    /** @return whether this repeat is to be notified (and if so, it counts as the alarm's latest notification) */
    synchronized boolean repeated(long handle, Instant now) {
        if (interval.isZero()) {
            return false;
        }
        Instant last = lastNotified.get(handle);
        if (last != null && now.isBefore(last.plus(interval))) {
            return false;
        }
        lastNotified.put(handle, now);
        return true;
    }

    synchronized void cleared(long handle) {
        lastNotified.remove(handle);
    }
}
