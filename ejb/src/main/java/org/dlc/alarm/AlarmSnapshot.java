package org.dlc.alarm;

import java.time.Instant;

/** An alarm's fields at one moment: what printouts, pages and notifications show. */
public record AlarmSnapshot(int handle, int code, int domain, int severity, int lim, int senderUnit,
                            String explanation, String additionalText, int count,
                            Instant firstAt, Instant latestAt, boolean noticed, boolean active) {

    /** As the audit trail records it. */
    public String describe() {
        return "code " + code + ", LIM " + lim + ", " + additionalText + (active ? ", active" : ", cleared")
                + (noticed ? ", noticed" : ", not noticed");
    }

    public String subject() {
        return "alarm " + handle;
    }
}
