package org.dlc.registration;

import org.dlc.handset.HandsetState;

/** The license control's answer to one location registration. */
public enum Decision {
    ACCEPT_EXEMPT(true, HandsetState.REGISTERED, true),
    ACCEPT_LICENSED(true, HandsetState.REGISTERED, true),
    /** Moves the handset's identification times (diagnostic_print) and makes sure alarm 14 is active. */
    ACCEPT_PASSIVE(true, HandsetState.PASSIVE, false),
    /** Counts in the extension's alarm 12. */
    REJECT_NO_LICENSE(false, HandsetState.BLOCKED, false);

    private final boolean accepted;
    private final HandsetState state;
    private final boolean repeatChangesNothing;

    Decision(boolean accepted, HandsetState state, boolean repeatChangesNothing) {
        this.accepted = accepted;
        this.state = state;
        this.repeatChangesNothing = repeatChangesNothing;
    }

    /**
     * Whether this outcome, when the handset already records it, changes nothing at all: an exempt or licensed
     * handset raises no alarm and has no identification time to move (only passive ones do). So after a power cut
     * most of the storm needs no write (the service still writes a handset's latest seen once an hour).
     */
    public boolean repeatChangesNothing() {
        return repeatChangesNothing;
    }

    public boolean accepted() {
        return accepted;
    }

    public HandsetState state() {
        return state;
    }
}
