package org.dlc.alarm;

import java.time.Instant;

/** An alarm's fields at one moment: what printouts, pages and notifications show. */
public record AlarmSnapshot(int handle, int code, int domain, int severity, int lim, int senderUnit,
                            String explanation, String additionalText, int count,
                            Instant firstAt, Instant latestAt, boolean noticed, boolean active) {
}
