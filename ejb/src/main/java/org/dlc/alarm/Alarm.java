package org.dlc.alarm;

import java.time.Instant;
import org.dlc.extension.Lim;
import org.dlc.shared.InvalidInputException;

/** One entry of the alarm log, identified by a stable handle. Repeats fold into count and latest at. */
public class Alarm {

    private int handle;
    private int code;
    private int lim;
    private String additionalText;
    private int count;
    private Instant firstAt;
    private Instant latestAt;
    private boolean noticed;
    private Instant clearedAt;

    protected Alarm() {
        // for JPA
    }

    /** The handle is assigned when the alarm is added to the log. */
    Alarm(AlarmDefinition definition, Lim lim, String additionalText, Instant now) {
        this.code = definition.code();
        this.lim = lim.number();
        this.additionalText = additionalText;
        this.count = 1;
        this.firstAt = now;
        this.latestAt = now;
    }

    /**
     * An alarm carried over from another server's export, with its handle (so {@code alarm -p} reads the same).
     * @throws InvalidInputException for an unknown code, a bad LIM or a count below 1
     */
    public static Alarm restored(int handle, int code, Lim lim, String additionalText, int count, Instant firstAt,
                                 Instant latestAt, boolean noticed) {
        if (handle < 1 || count < 1 || additionalText == null || firstAt == null || latestAt == null) {
            throw new InvalidInputException("alarms", "each needs a handle >= 1, a count >= 1, an additional text"
                    + " and first/latest times");
        }
        AlarmDefinition definition;
        try {
            definition = AlarmDefinition.of(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("alarms.code", e.getMessage());
        }
        Alarm alarm = new Alarm(definition, lim, additionalText, firstAt);
        alarm.handle = handle;
        alarm.count = count;
        alarm.latestAt = latestAt;
        alarm.noticed = noticed;
        return alarm;
    }

    /** For logs kept in memory; persistent logs assign the handle from their own sequence. */
    void assignHandle(int newHandle) {
        handle = newHandle;
    }

    void repeated(Instant now) {
        count++;
        latestAt = now;
    }

    void clear(Instant now) {
        clearedAt = now;
    }

    void notice() {
        noticed = true;
    }

    public boolean active() {
        return clearedAt == null;
    }

    public AlarmDefinition definition() {
        return AlarmDefinition.of(code);
    }

    public int handle() {
        return handle;
    }

    public int code() {
        return code;
    }

    public int lim() {
        return lim;
    }

    public String additionalText() {
        return additionalText;
    }

    public int count() {
        return count;
    }

    public Instant firstAt() {
        return firstAt;
    }

    public Instant latestAt() {
        return latestAt;
    }

    public boolean noticed() {
        return noticed;
    }

    public Instant clearedAt() {
        return clearedAt;
    }

    public AlarmSnapshot snapshot() {
        AlarmDefinition d = definition();
        return new AlarmSnapshot(handle, code, d.domain(), d.severity(), lim, d.senderUnit(), d.text(),
                additionalText, count, firstAt, latestAt, noticed, active());
    }
}
