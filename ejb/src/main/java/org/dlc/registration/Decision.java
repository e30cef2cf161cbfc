package org.dlc.registration;

import org.dlc.handset.HandsetState;

/** The license control's answer to one location registration. */
public enum Decision {
    ACCEPT_EXEMPT(true, HandsetState.REGISTERED, Repeat.NOTHING),
    ACCEPT_LICENSED(true, HandsetState.REGISTERED, Repeat.NOTHING),
    /** Moves the handset's identification times (diagnostic_print) and makes sure alarm 14 is active. */
    ACCEPT_PASSIVE(true, HandsetState.PASSIVE, Repeat.PASSIVE_ALARM_ACTIVE),
    /** Counts in the extension's alarm 12. */
    REJECT_NO_LICENSE(false, HandsetState.BLOCKED, Repeat.COUNTS_IN_ALARM_12);

    /**
     * What a repeat of an outcome asks of the alarm log once the handset records it (and was seen and identified
     * recently): after a power cut most of the storm changes no handset and needs no write.
     */
    public enum Repeat {
        /** Nothing: an exempt or licensed handset raises no alarm. */
        NOTHING,
        /** Only that an alarm 14 is active: the first passive handset identified raised it. */
        PASSIVE_ALARM_ACTIVE,
        /** One more occurrence of the extension's active alarm 12. */
        COUNTS_IN_ALARM_12
    }

    private final boolean accepted;
    private final HandsetState state;
    private final Repeat repeat;

    Decision(boolean accepted, HandsetState state, Repeat repeat) {
        this.accepted = accepted;
        this.state = state;
        this.repeat = repeat;
    }

    public Repeat repeat() {
        return repeat;
    }

    public boolean accepted() {
        return accepted;
    }

    public HandsetState state() {
        return state;
    }
}
