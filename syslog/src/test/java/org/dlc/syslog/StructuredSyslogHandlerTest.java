package org.dlc.syslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.SyslogHandler;
import org.junit.jupiter.api.Test;

/** The handler writes what RFC 5424 says a receiver parses: HEADER, STRUCTURED-DATA, MSG. */
class StructuredSyslogHandlerTest {

    /** RFC 5424 6: PRI VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP SD [SP MSG]. */
    private static final Pattern RFC5424 = Pattern.compile(
            "<(\\d{1,3})>1 (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (-|\\[.*?(?<!\\\\)\\]) \uFEFF(.*)", Pattern.DOTALL);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private StructuredSyslogHandler handler() throws Exception {
        StructuredSyslogHandler h = new StructuredSyslogHandler();
        h.setOutputStream(out);
        h.setFormatter(new PatternFormatter("%s"));
        h.setHostname("pbx-1");
        h.setAppName("dlc");
        return h;
    }

    private static ExtLogRecord record(Level level, String logger, String message, Object... parameters) {
        ExtLogRecord r = new ExtLogRecord(level, message, ExtLogRecord.FormatStyle.NO_FORMAT, "test");
        r.setLoggerName(logger);
        r.setParameters(parameters);
        return r;
    }

    private Matcher sent() {
        Matcher m = RFC5424.matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(m.matches(), out.toString(StandardCharsets.UTF_8));
        return m;
    }

    @Test
    void a_record_with_a_map_parameter_carries_it_as_one_sd_element() throws Exception {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("code", 12);
        data.put("handle", 4_294_967_295L);
        data.put("ipei", null);
        data.put("text", "Directory number =6014 \"x\" [y] \\z");
        try (StructuredSyslogHandler h = handler()) {
            h.setEnterpriseNumber(99999);
            h.publish(record(Level.WARNING, "dlc.alarm.raised", "Alarm 12 raised", data));
        }
        Matcher m = sent();
        assertEquals(Integer.toString(1 * 8 + 4), m.group(1), "facility user-level (1), severity warning (4)");
        assertEquals("pbx-1", m.group(3));
        assertEquals("dlc", m.group(4));
        assertEquals("dlc.alarm.raised", m.group(6), "the logger is the MSGID");
        assertEquals("[dlcAlarm@99999 code=\"12\" handle=\"4294967295\" text=\"Directory number =6014 \\\"x\\\""
                + " [y\\] \\\\z\"]", m.group(7), "null values left out, '\"', '\\' and ']' escaped");
        assertEquals("Alarm 12 raised", m.group(8));
    }

    @Test
    void a_record_without_one_is_sent_as_wildfly_sends_it() throws Exception {
        try (StructuredSyslogHandler h = handler()) {
            h.publish(record(Level.INFO, "org.dlc.other", "started"));
        }
        Matcher m = sent();
        assertEquals(Integer.toString(8 + 6), m.group(1), "informational (6)");
        assertEquals("-", m.group(7));
        assertEquals("started", m.group(8));
    }

    @Test
    void stream_transports_count_octets_and_datagrams_do_not() throws Exception {
        try (StructuredSyslogHandler h = handler()) {
            h.setProtocol(SyslogHandler.Protocol.TCP);
            assertTrue(h.isUseCountingFraming());
            h.setProtocol(SyslogHandler.Protocol.UDP);
            assertEquals(false, h.isUseCountingFraming());
        }
    }

    @Test
    void a_bad_sd_name_or_enterprise_number_is_refused() throws Exception {
        try (StructuredSyslogHandler h = handler()) {
            assertThrows(IllegalArgumentException.class, () -> h.setSdName("dlc alarm"));
            assertThrows(IllegalArgumentException.class, () -> h.setSdName("dlc@1"));
            assertThrows(IllegalArgumentException.class, () -> h.setEnterpriseNumber(0));
        }
    }
}
