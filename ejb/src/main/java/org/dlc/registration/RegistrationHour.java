package org.dlc.registration;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Location registrations of one hour (UTC), per outcome, as stored from the in-memory counts
 * ({@link LocationRegistrationCounts#drain}) once a minute: a crash loses at most that minute's counts.
 */
public class RegistrationHour {

    /** Hours since the epoch (UTC): a plain key (the instant converter does not apply to ids). */
    private long epochHour;
    private long exempt;
    private long licensed;
    private long passive;
    private long rejectedNoLicense;
    private long notSubscribed;

    protected RegistrationHour() {
        // for JPA
    }

    public RegistrationHour(Instant hour) {
        this.epochHour = epochHour(hour);
    }

    /** The key of the hour {@code t} falls in. */
    public static long epochHour(Instant t) {
        return Math.floorDiv(t.getEpochSecond(), 3600);
    }

    /** The start of the hour {@code t} falls in. */
    public static Instant hourOf(Instant t) {
        return t.truncatedTo(ChronoUnit.HOURS);
    }

    public void add(LocationRegistrationCounts.Snapshot counted) {
        exempt += counted.exempt();
        licensed += counted.licensed();
        passive += counted.passive();
        rejectedNoLicense += counted.rejectedNoLicense();
        notSubscribed += counted.notSubscribed();
    }

    public Instant hour() {
        return Instant.ofEpochSecond(epochHour * 3600);
    }

    public long exempt() {
        return exempt;
    }

    public long licensed() {
        return licensed;
    }

    public long passive() {
        return passive;
    }

    public long rejectedNoLicense() {
        return rejectedNoLicense;
    }

    public long notSubscribed() {
        return notSubscribed;
    }
}
