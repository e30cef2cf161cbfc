package org.dlc.snmp;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dlc.alarm.AlarmDefinition;
import org.dlc.alarm.AlarmEvent;
import org.dlc.alarm.AlarmSnapshot;
import org.dlc.alarm.X733;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.mp.SnmpConstants;

/**
 * The OIDs and enumerations of DLC-MIB ({@code mibs/src/main/mib/DLC-MIB.mib}) that the agent uses, and the
 * mapping of an alarm to a row and to a notification. A test compares every constant here with the MIB as
 * net-snmp and smidump read it, so code and MIB cannot drift apart.
 */
public final class DlcMib {

    /** Documentation PEN (RFC 5612): a deployment re-roots the MIB and this constant under its own. */
    public static final OID DLC_MIB = new OID("1.3.6.1.4.1.32473.1");

    public static final OID DLC_ALARM_12_RAISED = new OID("1.3.6.1.4.1.32473.1.0.1");
    public static final OID DLC_ALARM_14_RAISED = new OID("1.3.6.1.4.1.32473.1.0.2");
    public static final OID DLC_ALARM_CLEARED = new OID("1.3.6.1.4.1.32473.1.0.3");
    public static final OID DLC_ALARM_MARKED_NOTICED = new OID("1.3.6.1.4.1.32473.1.0.4");
    public static final OID DLC_HEARTBEAT = new OID("1.3.6.1.4.1.32473.1.0.5");

    public static final OID DLC_ALARM_ACTIVE_TABLE = new OID("1.3.6.1.4.1.32473.1.1.1.1");
    public static final OID DLC_ALARM_ACTIVE_ENTRY = new OID("1.3.6.1.4.1.32473.1.1.1.1.1");

    /** Column numbers of dlcAlarmActiveEntry. */
    public static final int COL_HANDLE = 1;
    public static final int COL_CODE = 2;
    public static final int COL_DOMAIN = 3;
    public static final int COL_SEVERITY = 4;
    public static final int COL_LIM = 5;
    public static final int COL_SENDER_UNIT = 6;
    public static final int COL_EXPLANATION = 7;
    public static final int COL_ADDITIONAL_TEXT = 8;
    public static final int COL_COUNT = 9;
    public static final int COL_FIRST_AT = 10;
    public static final int COL_LATEST_AT = 11;
    public static final int COL_NOTICED = 12;
    public static final int COL_DIRECTORY_NUMBER = 13;
    public static final int COL_IPEI = 14;
    public static final int COL_HANDSET_LIM = 15;
    public static final int COL_EVENT_TYPE = 16;
    public static final int COL_PROBABLE_CAUSE = 17;
    public static final int COL_PERCEIVED_SEVERITY = 18;

    /** Column name (as in the MIB) by column number; index 0 unused. */
    public static final List<String> COLUMN_NAMES = List.of("", "dlcAlarmHandle", "dlcAlarmCode", "dlcAlarmDomain",
            "dlcAlarmSeverity", "dlcAlarmLim", "dlcAlarmSenderUnit", "dlcAlarmExplanation", "dlcAlarmAdditionalText",
            "dlcAlarmCount", "dlcAlarmFirstAt", "dlcAlarmLatestAt", "dlcAlarmNoticed", "dlcAlarmDirectoryNumber",
            "dlcAlarmIpei", "dlcAlarmHandsetLim", "dlcAlarmEventType", "dlcAlarmProbableCause",
            "dlcAlarmPerceivedSeverity");

    /** The alarm objects of every alarm notification, in the order of its OBJECTS clause (then the sequence). */
    public static final int[] NOTIFICATION_COLUMNS = {COL_CODE, COL_DOMAIN, COL_SEVERITY, COL_LIM, COL_SENDER_UNIT,
            COL_ADDITIONAL_TEXT, COL_COUNT, COL_FIRST_AT, COL_LATEST_AT, COL_DIRECTORY_NUMBER, COL_IPEI,
            COL_HANDSET_LIM, COL_EVENT_TYPE, COL_PROBABLE_CAUSE, COL_PERCEIVED_SEVERITY};

    /** dlcAlarmClearedTable: the history of cleared alarms, and its column numbers. */
    public static final OID DLC_ALARM_CLEARED_TABLE = new OID("1.3.6.1.4.1.32473.1.1.1.4");
    public static final OID DLC_ALARM_CLEARED_ENTRY = new OID("1.3.6.1.4.1.32473.1.1.1.4.1");
    public static final OID DLC_ALARM_CLEARED_MAXIMUM = new OID("1.3.6.1.4.1.32473.1.1.1.5");
    public static final int CLEARED_HANDLE = 1;
    public static final int CLEARED_CODE = 2;
    public static final int CLEARED_LIM = 3;
    public static final int CLEARED_ADDITIONAL_TEXT = 4;
    public static final int CLEARED_COUNT = 5;
    public static final int CLEARED_FIRST_AT = 6;
    public static final int CLEARED_LATEST_AT = 7;
    public static final int CLEARED_AT = 8;
    public static final int CLEARED_NOTICED = 9;
    public static final int CLEARED_DIRECTORY_NUMBER = 10;
    public static final int CLEARED_IPEI = 11;
    public static final List<String> CLEARED_COLUMN_NAMES = List.of("", "dlcAlarmClearedHandle",
            "dlcAlarmClearedCode", "dlcAlarmClearedLim", "dlcAlarmClearedAdditionalText", "dlcAlarmClearedCount",
            "dlcAlarmClearedFirstAt", "dlcAlarmClearedLatestAt", "dlcAlarmClearedAt", "dlcAlarmClearedNoticed",
            "dlcAlarmClearedDirectoryNumber", "dlcAlarmClearedIpei");

    public static final OID DLC_NOTIFICATIONS_SENT = new OID("1.3.6.1.4.1.32473.1.1.2.1");
    public static final OID DLC_INFORMS_TIMED_OUT = new OID("1.3.6.1.4.1.32473.1.1.2.2");
    public static final OID DLC_NOTIFICATION_SEQUENCE = new OID("1.3.6.1.4.1.32473.1.1.2.3");
    public static final OID DLC_ALARM_ACTIVE_LAST_CHANGED = new OID("1.3.6.1.4.1.32473.1.1.1.2");
    public static final OID DLC_ALARM_ACTIVE_COUNT = new OID("1.3.6.1.4.1.32473.1.1.1.3");

    /** DlcSeverity. */
    public static final int SEVERITY_CLEARED = 0;
    public static final int SEVERITY_INFORMATION = 1;
    public static final int SEVERITY_MINOR = 2;
    public static final int SEVERITY_MAJOR = 3;
    public static final int SEVERITY_CRITICAL = 4;
    /** DlcDomain acs(2). */
    public static final int DOMAIN_ACS = 2;
    /** DlcSenderUnit ctlp(92). */
    public static final int SENDER_UNIT_CTLP = 92;
    /** SNMPv2-TC TruthValue. */
    public static final int TRUTH_TRUE = 1;
    public static final int TRUTH_FALSE = 2;

    /** What the system group shows: sysObjectID is the MIB's module identity. */
    public static final OID SYS_OBJECT_ID = DLC_MIB;

    private DlcMib() {
    }

    public static OID column(int column) {
        return new OID(DLC_ALARM_ACTIVE_ENTRY).append(column);
    }

    public static OID clearedColumn(int column) {
        return new OID(DLC_ALARM_CLEARED_ENTRY).append(column);
    }

    /** The row index of an alarm: its handle, an Unsigned32 (an OID sub-identifier is one too). */
    public static OID index(long handle) {
        return new OID(new int[] {(int) handle});
    }

    /** The notification that announces {@code code} being raised. */
    public static OID raisedNotification(int code) {
        return switch (AlarmDefinition.of(code)) {
            case THIRD_PARTY_REGISTRATION_FAILED -> DLC_ALARM_12_RAISED;
            case THIRD_PARTY_WITHOUT_LICENSE -> DLC_ALARM_14_RAISED;
        };
    }

    /** Values of the columns of dlcAlarmActiveEntry (index 0 = column 1, the not-accessible handle). */
    public static Variable[] row(AlarmSnapshot a) {
        AlarmDefinition d = AlarmDefinition.of(a.code());
        return new Variable[] {
                new UnsignedInteger32(a.handle()),
                new UnsignedInteger32(a.code()),
                new Integer32(a.domain()),
                new Integer32(a.severity()),
                new UnsignedInteger32(a.lim()),
                new Integer32(a.senderUnit()),
                new OctetString(truncate(a.explanation())),
                new OctetString(truncate(orEmpty(a.additionalText()))),
                new UnsignedInteger32(Integer.toUnsignedLong(Math.max(a.count(), 1))),
                dateAndTime(a.firstAt()),
                dateAndTime(a.latestAt()),
                new Integer32(a.noticed() ? TRUTH_TRUE : TRUTH_FALSE),
                new OctetString(orEmpty(a.directoryNumber())),
                new OctetString(orEmpty(a.ipei())),
                new UnsignedInteger32(a.lim()),
                new Integer32(d.eventType().number),
                new Integer32(d.probableCause().number),
                new Integer32(X733.PerceivedSeverity.ofMxOne(a.severity()).number)
        };
    }

    /** Values of the columns of dlcAlarmClearedEntry (index 0 = column 1, the not-accessible handle). */
    public static Variable[] clearedRow(AlarmSnapshot a) {
        return new Variable[] {
                new UnsignedInteger32(a.handle()),
                new UnsignedInteger32(a.code()),
                new UnsignedInteger32(a.lim()),
                new OctetString(truncate(orEmpty(a.additionalText()))),
                new UnsignedInteger32(Integer.toUnsignedLong(Math.max(a.count(), 1))),
                dateAndTime(a.firstAt()),
                dateAndTime(a.latestAt()),
                dateAndTime(a.clearedAt()),
                new Integer32(a.noticed() ? TRUTH_TRUE : TRUTH_FALSE),
                new OctetString(orEmpty(a.directoryNumber())),
                new OctetString(orEmpty(a.ipei()))
        };
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * The varbinds of an alarm notification: sysUpTime.0, snmpTrapOID.0, the alarm's objects with the handle as
     * instance, and dlcNotificationSequence.0. A raise (or re-notified repeat) is dlcAlarm{code}Raised; a clear is
     * dlcAlarmCleared with severity cleared (MX-ONE 0, X.733 1) and the clear time as latest; a notice is
     * dlcAlarmMarkedNoticed.
     */
    public static List<VariableBinding> notification(AlarmEvent.Kind kind, AlarmSnapshot a, Instant now,
                                                     long upTimeCentis, long sequence) {
        OID trapOid = switch (kind) {
            case RAISED, REPEATED -> raisedNotification(a.code());
            case CLEARED -> DLC_ALARM_CLEARED;
            case NOTICED -> DLC_ALARM_MARKED_NOTICED;
            case RESTORED -> throw new IllegalArgumentException("a restored alarm is not notified");
        };
        Variable[] row = row(a);
        if (kind == AlarmEvent.Kind.CLEARED) {
            row[COL_SEVERITY - 1] = new Integer32(SEVERITY_CLEARED);
            row[COL_PERCEIVED_SEVERITY - 1] = new Integer32(X733.PerceivedSeverity.CLEARED.number);
            row[COL_LATEST_AT - 1] = dateAndTime(now);
        }
        List<VariableBinding> vbs = new ArrayList<>();
        vbs.add(new VariableBinding(SnmpConstants.sysUpTime, new TimeTicks(upTimeCentis)));
        vbs.add(new VariableBinding(SnmpConstants.snmpTrapOID, trapOid));
        for (int col : NOTIFICATION_COLUMNS) {
            vbs.add(new VariableBinding(new OID(column(col)).append(index(a.handle())), row[col - 1]));
        }
        vbs.add(new VariableBinding(scalar(DLC_NOTIFICATION_SEQUENCE), new UnsignedInteger32(sequence)));
        return vbs;
    }

    /** dlcHeartbeat: the latest sequence number sent, the active count and when the table last changed. */
    public static List<VariableBinding> heartbeat(long upTimeCentis, long sequence, int activeCount,
                                                  long lastChangedCentis) {
        return List.of(new VariableBinding(SnmpConstants.sysUpTime, new TimeTicks(upTimeCentis)),
                new VariableBinding(SnmpConstants.snmpTrapOID, DLC_HEARTBEAT),
                new VariableBinding(scalar(DLC_NOTIFICATION_SEQUENCE), new UnsignedInteger32(sequence)),
                new VariableBinding(scalar(DLC_ALARM_ACTIVE_COUNT), new Gauge32(activeCount)),
                new VariableBinding(scalar(DLC_ALARM_ACTIVE_LAST_CHANGED), new TimeTicks(lastChangedCentis)));
    }

    /** The instance of a scalar object: {@code .0}. */
    public static OID scalar(OID object) {
        return new OID(object).append(0);
    }

    /**
     * SNMPv2-MIB coldStart (the agent started with the application) or warmStart (a configuration change restarted
     * it): tells a manager that sysUpTime started again at 0 and that it should read the active table anew.
     */
    public static List<VariableBinding> startNotification(boolean warm, long upTimeCentis) {
        return List.of(new VariableBinding(SnmpConstants.sysUpTime, new TimeTicks(upTimeCentis)),
                new VariableBinding(SnmpConstants.snmpTrapOID, warm ? SnmpConstants.warmStart : SnmpConstants.coldStart));
    }

    /** SNMPv2-TC DateAndTime, 11 octets, in UTC ("+0:0"). */
    public static OctetString dateAndTime(Instant instant) {
        ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
        byte[] b = new byte[11];
        b[0] = (byte) (t.getYear() >> 8);
        b[1] = (byte) t.getYear();
        b[2] = (byte) t.getMonthValue();
        b[3] = (byte) t.getDayOfMonth();
        b[4] = (byte) t.getHour();
        b[5] = (byte) t.getMinute();
        b[6] = (byte) t.getSecond();
        b[7] = (byte) (t.getNano() / 100_000_000);
        b[8] = (byte) '+';
        b[9] = 0;
        b[10] = 0;
        return new OctetString(b);
    }

    /** DisplayString (SIZE (0..255)). */
    static String truncate(String s) {
        return s.length() <= 255 ? s : s.substring(0, 255);
    }
}
