package org.dlc.alarm;

import java.time.Instant;
import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.Lim;
import org.dlc.handset.Ipei;
import org.dlc.shared.InvalidInputException;

/**
 * One entry of the alarm log, identified by a stable handle (1..4294967295, the MIB's Unsigned32). Repeats fold
 * into count and latest at, and name the handset of the latest occurrence.
 */
public class Alarm {

    /** The largest handle an SNMP manager can read (dlcAlarmHandle is an Unsigned32). */
    public static final long MAX_HANDLE = 0xFFFF_FFFFL;

    private long handle;
    private int code;
    private int lim;
    private String additionalText;
    /** Null in alarms raised before the affected handset was recorded (2026-12-01), and in old exports. */
    private String directoryNumber;
    private String ipei;
    private int count;
    private Instant firstAt;
    private Instant latestAt;
    private boolean noticed;
    private Instant clearedAt;

    protected Alarm() {
        // for JPA
    }

    /** The handle is assigned when the alarm is added to the log. */
    Alarm(AlarmDefinition definition, AffectedHandset affected, Instant now) {
        this(definition, affected.lim(), affected.additionalText(), now);
        concerns(affected);
    }

    private Alarm(AlarmDefinition definition, Lim lim, String additionalText, Instant now) {
        this.code = definition.code();
        this.lim = lim.number();
        this.additionalText = additionalText;
        this.count = 1;
        this.firstAt = now;
        this.latestAt = now;
    }

    /**
     * An alarm carried over from another server's export, with its handle (so {@code alarm -p} reads the same).
     * Directory number and IPEI may be null (exports from before they were recorded).
     * @throws InvalidInputException for an unknown code, a bad LIM, handle, directory number or IPEI, or a count
     *         below 1
     */
    public static Alarm restored(long handle, int code, Lim lim, String additionalText, int count, Instant firstAt,
                                 Instant latestAt, boolean noticed, DirectoryNumber directoryNumber, Ipei ipei) {
        if (handle < 1 || handle > MAX_HANDLE || count < 1 || additionalText == null || firstAt == null
                || latestAt == null) {
            throw new InvalidInputException("alarms", "each needs a handle of 1.." + MAX_HANDLE + ", a count >= 1,"
                    + " an additional text and first/latest times");
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
        alarm.directoryNumber = directoryNumber == null ? null : directoryNumber.value();
        alarm.ipei = ipei == null ? null : ipei.value();
        return alarm;
    }

    /** For logs kept in memory; persistent logs assign the handle from their own sequence. */
    void assignHandle(long newHandle) {
        handle = newHandle;
    }

    /** {@code times} more occurrences, the latest at {@code at} by {@code affected}. */
    void repeated(AffectedHandset affected, Instant at, int times) {
        count += times;
        if (!at.isBefore(latestAt)) {
            latestAt = at;
            concerns(affected);
        }
    }

    private void concerns(AffectedHandset affected) {
        directoryNumber = affected.directoryNumber().value();
        ipei = affected.ipei().value();
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

    public long handle() {
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

    public String directoryNumber() {
        return directoryNumber;
    }

    public String ipei() {
        return ipei;
    }

    public AlarmSnapshot snapshot() {
        AlarmDefinition d = definition();
        return new AlarmSnapshot(handle, code, d.domain(), d.severity(), lim, d.senderUnit(), d.text(),
                additionalText, count, firstAt, latestAt, noticed, active(), directoryNumber,
                ipei == null ? null : new Ipei(ipei).printed(), clearedAt);
    }
}
