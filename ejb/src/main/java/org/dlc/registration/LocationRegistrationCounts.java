package org.dlc.registration;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Location registrations are counted, not audited one by one (a storm after a power cut is thousands a second):
 * per outcome, on this server since it started. Counting never contends (one adder per outcome).
 */
@ApplicationScoped
public class LocationRegistrationCounts {

    /** The counts at one moment; {@code notSubscribed} counts unknown IPEIs and handsets without access rights. */
    public record Snapshot(Instant since, long exempt, long licensed, long passive, long rejectedNoLicense,
                           long notSubscribed) {

        public long total() {
            return exempt + licensed + passive + rejectedNoLicense + notSubscribed;
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

    public Snapshot snapshot() {
        return new Snapshot(since, decided.get(Decision.ACCEPT_EXEMPT).sum(), decided.get(Decision.ACCEPT_LICENSED).sum(),
                decided.get(Decision.ACCEPT_PASSIVE).sum(), decided.get(Decision.REJECT_NO_LICENSE).sum(),
                notSubscribed.sum());
    }
}
