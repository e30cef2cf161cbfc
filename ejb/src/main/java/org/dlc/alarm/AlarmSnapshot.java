package org.dlc.alarm;

import java.time.Instant;

/**
 * An alarm's fields at one moment: what printouts, pages and notifications show. {@code directoryNumber} and
 * {@code ipei} (printed, {@code 00019 0592015 3}) name the affected handset, null when not recorded;
 * {@code clearedAt} is null while the alarm is active.
 */
public record AlarmSnapshot(long handle, int code, int domain, int severity, int lim, int senderUnit,
                            String explanation, String additionalText, int count,
                            Instant firstAt, Instant latestAt, boolean noticed, boolean active,
                            String directoryNumber, String ipei, Instant clearedAt) {

    /** As the audit trail records it. */
    public String describe() {
        return "code " + code + ", LIM " + lim + ", " + additionalText + (active ? ", active" : ", cleared")
                + (noticed ? ", noticed" : ", not noticed");
    }

    public String subject() {
        return "alarm " + handle;
    }
}
