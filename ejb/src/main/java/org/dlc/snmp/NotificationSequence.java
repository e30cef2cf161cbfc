package org.dlc.snmp;

import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * dlcNotificationSequence: one number per alarm notification, never given twice. Numbers are reserved in blocks
 * in the database, so an agent that starts later - here after a restart, or on another server after a failover -
 * continues after every number that may have been sent; it may skip a few, which tells a manager to
 * resynchronise, as it should after a start anyway. On the wire the number is an Unsigned32: 1..4294967295, then
 * 1 again; 0 is "none yet".
 */
final class NotificationSequence {

    static final int BLOCK = 100;
    private static final Logger LOG = Logger.getLogger(NotificationSequence.class.getName());

    private final LongConsumer reserve;
    private long latest;
    private long reserved;

    /** @param reserve stores "numbers up to this may be in use" before any of them is sent */
    NotificationSequence(LongConsumer reserve) {
        this.reserve = reserve;
    }

    /** An agent starts: numbers up to {@code storedReservation} may have been sent by an earlier one. */
    synchronized void continueAfter(long storedReservation) {
        if (storedReservation > reserved) {
            latest = storedReservation;
            reserved = storedReservation;
        }
    }

    /** The next number, as sent. */
    synchronized long next() {
        latest++;
        if (latest > reserved) {
            try {
                reserve.accept(latest + BLOCK - 1);
                reserved = latest + BLOCK - 1;
            } catch (RuntimeException e) {
                // Sent anyway (the notification matters more); the next one tries to reserve again.
                LOG.log(Level.WARNING, "SNMP: sequence numbers not reserved in the database: " + e.getMessage(), e);
            }
        }
        return onTheWire(latest);
    }

    /** The latest number sent, as sent (0: none). */
    synchronized long latest() {
        return onTheWire(latest);
    }

    static long onTheWire(long n) {
        return n == 0 ? 0 : (n - 1) % 0xFFFF_FFFFL + 1;
    }
}
