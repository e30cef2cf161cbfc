package org.dlc.handset;

/** Where a subscribed handset stands after its latest location registration. */
public enum HandsetState {
    /** Subscribed, no location registration yet. */
    SUBSCRIBED,
    /** Registered and working (exempt or licensed). */
    REGISTERED,
    /** Third party without license, subscribed before enforcement: working, passively supported. */
    PASSIVE,
    /** Third party without license: rejected ("No Access") until a license is seized for its extension. */
    BLOCKED
}
