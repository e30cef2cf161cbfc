package org.dlc.registration;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Location registrations are counted, not audited one by one (a storm after a power cut is thousands a second):
 * per outcome, on this server since it started. Counting never contends (one adder per outcome). What was counted
 * since the last {@link #drain} is added to the stored counts per hour by {@code RegistrationHistory} once a
 * minute, never a write per registration.
 */
@ApplicationScoped
public class LocationRegistrationCounts {

    /** The counts at one moment; {@code notSubscribed} counts unknown IPEIs and handsets without access rights. */
    public record Snapshot(Instant since, long exempt, long licensed, long passive, long rejectedNoLicense,
                           long notSubscribed) {

        public long total() {
            return exempt + licensed + passive + rejectedNoLicense + notSubscribed;
        }

        /** What was counted between {@code earlier} and this snapshot. */
        Snapshot minus(Snapshot earlier) {
            return new Snapshot(earlier.since, exempt - earlier.exempt, licensed - earlier.licensed,
                    passive - earlier.passive, rejectedNoLicense - earlier.rejectedNoLicense,
                    notSubscribed - earlier.notSubscribed);
        }
    }

    private final Instant since = Clock.systemUTC().instant();
    private final Map<Decision, LongAdder> decided = new EnumMap<>(Decision.class);
    private final LongAdder notSubscribed = new LongAdder();

    public LocationRegistrationCounts() {
        for (Decision d : Decision.values()) {
            decided.put(d, new LongAdder());
        }
    }

    void decided(Decision decision) {
        decided.get(decision).increment();
    }

    void notSubscribed() {
        notSubscribed.increment();
    }

    /** The counts when they were last {@linkplain #drain drained}. */
    private Snapshot drained;

    /**
     * What was counted since the last drain (since the start at first), for storing; those counts are not handed
     * out again. Its {@code since} is when that stretch began.
     */
    public synchronized Snapshot drain(Instant now) {
        Snapshot current = snapshot();
        Snapshot before = drained == null ? new Snapshot(since, 0, 0, 0, 0, 0) : drained;
        drained = new Snapshot(now, current.exempt(), current.licensed(), current.passive(),
                current.rejectedNoLicense(), current.notSubscribed());
        return current.minus(before);
    }

    /** Counted since the last drain and not stored yet (the pages add it to the stored hours). */
    public synchronized Snapshot pending() {
        Snapshot current = snapshot();
        return drained == null ? current : current.minus(drained);
    }

    /** A drained stretch that could not be stored is counted again at the next drain. */
    public synchronized void undrain(Snapshot delta) {
        drained = new Snapshot(delta.since(), drained.exempt() - delta.exempt(), drained.licensed() - delta.licensed(),
                drained.passive() - delta.passive(), drained.rejectedNoLicense() - delta.rejectedNoLicense(),
                drained.notSubscribed() - delta.notSubscribed());
    }

    public Snapshot snapshot() {
        return new Snapshot(since, decided.get(Decision.ACCEPT_EXEMPT).sum(), decided.get(Decision.ACCEPT_LICENSED).sum(),
                decided.get(Decision.ACCEPT_PASSIVE).sum(), decided.get(Decision.REJECT_NO_LICENSE).sum(),
                notSubscribed.sum());
    }
}
