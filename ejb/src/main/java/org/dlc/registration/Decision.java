package org.dlc.registration;

import org.dlc.handset.HandsetState;

/** The license control's answer to one location registration. */
public enum Decision {
    ACCEPT_EXEMPT(true, HandsetState.REGISTERED),
    ACCEPT_LICENSED(true, HandsetState.REGISTERED),
    ACCEPT_PASSIVE(true, HandsetState.PASSIVE),
    REJECT_NO_LICENSE(false, HandsetState.BLOCKED);

    private final boolean accepted;
    private final HandsetState state;

    Decision(boolean accepted, HandsetState state) {
        this.accepted = accepted;
        this.state = state;
    }

    public boolean accepted() {
        return accepted;
    }

    public HandsetState state() {
        return state;
    }
}
