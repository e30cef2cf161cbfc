package org.dlc.alarm;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The alarm events an NMS is notified of, as log records for syslog: logger {@code dlc.alarm.<event>} (the RFC 5424
 * MSGID), a readable message, and the fields as one parameter map, which the server's syslog handler
 * (org.dlc.syslog.StructuredSyslogHandler) sends as STRUCTURED-DATA. The same events and sequence numbers as the
 * SNMP notifications, so a site that watches syslog sees what an SNMP manager sees.
 */
public final class AlarmSyslog {

    /** The category the server's syslog handler listens to. */
    public static final String CATEGORY = "dlc.alarm";

    private AlarmSyslog() {
    }

    public static void send(AlarmEvent.Kind kind, AlarmSnapshot a, long sequence) {
        LogRecord r = record(kind, a, sequence);
        Logger.getLogger(r.getLoggerName()).log(r);
    }

    static LogRecord record(AlarmEvent.Kind kind, AlarmSnapshot a, long sequence) {
        String event = kind.name().toLowerCase(Locale.ROOT);
        boolean raise = kind == AlarmEvent.Kind.RAISED || kind == AlarmEvent.Kind.REPEATED;
        LogRecord r = new LogRecord(raise ? Level.WARNING : Level.INFO, "Alarm " + a.code() + " " + event
                + " (handle " + a.handle() + ", count " + a.count() + "): " + a.explanation() + "; "
                + a.additionalText());
        r.setLoggerName(CATEGORY + "." + event);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("event", event);
        data.put("handle", a.handle());
        data.put("code", a.code());
        data.put("severity", kind == AlarmEvent.Kind.CLEARED ? 0 : a.severity());
        data.put("perceivedSeverity", (kind == AlarmEvent.Kind.CLEARED ? X733.PerceivedSeverity.CLEARED
                : X733.PerceivedSeverity.ofMxOne(a.severity())).mibName);
        data.put("lim", a.lim());
        data.put("directoryNumber", a.directoryNumber());
        data.put("ipei", a.ipei());
        data.put("count", a.count());
        data.put("sequence", sequence);
        r.setParameters(new Object[] {data});
        return r;
    }
}
