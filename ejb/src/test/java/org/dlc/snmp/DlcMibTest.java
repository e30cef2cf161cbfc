package org.dlc.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dlc.alarm.AlarmDefinition;
import org.dlc.alarm.AlarmEvent;
import org.dlc.alarm.AlarmSnapshot;
import org.dlc.alarm.X733;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.VariableBinding;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Code and MIB must not drift: every OID and enumeration value the agent uses ({@link DlcMib}) is compared with
 * the MIB as the mibs module's build read it with net-snmp and smidump ({@code mibs/target/}), and each
 * notification's alarm code and text with {@link AlarmDefinition}. In a reactor build mibs is built first; run
 * alone, this test fails (it never skips) and says how to produce the files.
 */
class DlcMibTest {

    private static Path mibTarget;
    private static Map<String, String> oids;
    private static Document xml;

    @BeforeAll
    static void read() throws Exception {
        mibTarget = Path.of(System.getProperty("dlc.mibs.target", "../mibs/target"));
        Path oidFile = mibTarget.resolve("dlc-mib-oids.txt");
        if (!Files.isRegularFile(oidFile)) {
            fail(oidFile.toAbsolutePath() + " is missing: it is written by the mibs module. Build from the "
                    + "repository root (./mvnw verify, or ./mvnw -pl mibs,ejb -am test), not with -Ddlc.mibs.skip=true.");
        }
        oids = new HashMap<>();
        for (String line : Files.readAllLines(oidFile)) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                oids.put(f[0], f[1]);
            }
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // smidump names its DTD by URL: never fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        xml = factory.newDocumentBuilder().parse(mibTarget.resolve("dlc-mib.xml").toFile());
    }

    private static void assertOid(String name, OID actual) {
        assertTrue(oids.containsKey(name), name + " is not in the MIB");
        assertEquals(oids.get(name), actual.toDottedString(), name);
    }

    @Test
    void every_oid_the_agent_uses_is_the_mibs() {
        assertOid("dlcMIB", DlcMib.DLC_MIB);
        assertOid("dlcMIB", DlcMib.SYS_OBJECT_ID);
        assertOid("dlcAlarm12Raised", DlcMib.DLC_ALARM_12_RAISED);
        assertOid("dlcAlarm14Raised", DlcMib.DLC_ALARM_14_RAISED);
        assertOid("dlcAlarmCleared", DlcMib.DLC_ALARM_CLEARED);
        assertOid("dlcAlarmActiveTable", DlcMib.DLC_ALARM_ACTIVE_TABLE);
        assertOid("dlcAlarmActiveEntry", DlcMib.DLC_ALARM_ACTIVE_ENTRY);
        for (int col = 1; col < DlcMib.COLUMN_NAMES.size(); col++) {
            assertOid(DlcMib.COLUMN_NAMES.get(col), DlcMib.column(col));
        }
        assertEquals(19, DlcMib.COLUMN_NAMES.size(), "18 columns");
        assertOid("dlcAlarmClearedTable", DlcMib.DLC_ALARM_CLEARED_TABLE);
        assertOid("dlcAlarmClearedEntry", DlcMib.DLC_ALARM_CLEARED_ENTRY);
        for (int col = 1; col < DlcMib.CLEARED_COLUMN_NAMES.size(); col++) {
            assertOid(DlcMib.CLEARED_COLUMN_NAMES.get(col), DlcMib.clearedColumn(col));
        }
        assertEquals(12, DlcMib.CLEARED_COLUMN_NAMES.size(), "11 columns");
        assertOid("dlcAlarmClearedMaximum", DlcMib.DLC_ALARM_CLEARED_MAXIMUM);
        assertOid("dlcNotificationsSent", DlcMib.DLC_NOTIFICATIONS_SENT);
        assertOid("dlcInformsTimedOut", DlcMib.DLC_INFORMS_TIMED_OUT);
        assertOid("dlcNotificationSequence", DlcMib.DLC_NOTIFICATION_SEQUENCE);
        assertOid("dlcAlarmActiveLastChanged", DlcMib.DLC_ALARM_ACTIVE_LAST_CHANGED);
        assertOid("dlcAlarmActiveCount", DlcMib.DLC_ALARM_ACTIVE_COUNT);
        assertOid("dlcAlarmMarkedNoticed", DlcMib.DLC_ALARM_MARKED_NOTICED);
        assertOid("dlcHeartbeat", DlcMib.DLC_HEARTBEAT);
        long dlcOids = oids.values().stream().filter(o -> o.startsWith(DlcMib.DLC_MIB.toDottedString())).count();
        assertTrue(dlcOids >= 30, "the OID list looks truncated: " + dlcOids);
    }

    @Test
    void each_notification_carries_the_mibs_objects_in_the_mibs_order() throws IOException {
        List<String> alarm = new java.util.ArrayList<>(
                Arrays.stream(DlcMib.NOTIFICATION_COLUMNS).mapToObj(DlcMib.COLUMN_NAMES::get).toList());
        alarm.add("dlcNotificationSequence");
        Map<String, List<String>> objects = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(mibTarget.resolve("dlc-mib-notifications.txt"))) {
            String[] f = line.split("\t");
            objects.put(f[0], List.of(f[2].split(",")));
        }
        assertEquals(Map.of("dlcAlarm12Raised", alarm, "dlcAlarm14Raised", alarm, "dlcAlarmCleared", alarm,
                "dlcAlarmMarkedNoticed", alarm, "dlcHeartbeat",
                List.of("dlcNotificationSequence", "dlcAlarmActiveCount", "dlcAlarmActiveLastChanged")), objects);
        List<VariableBinding> heartbeat = DlcMib.heartbeat(100, 9, 2, 50);
        assertEquals(oids.get("dlcHeartbeat"), heartbeat.get(1).getVariable().toString());
        assertEquals(List.of(oids.get("dlcNotificationSequence") + ".0", oids.get("dlcAlarmActiveCount") + ".0",
                oids.get("dlcAlarmActiveLastChanged") + ".0"), heartbeat.subList(2, 5).stream()
                .map(vb -> vb.getOid().toDottedString()).toList());
        assertEquals(List.of("9", "2", "0:00:00.50"),
                heartbeat.subList(2, 5).stream().map(vb -> vb.getVariable().toString()).toList());
    }

    @Test
    void the_enumerations_the_agent_sends_are_the_mibs() throws IOException {
        Map<String, Integer> severity = enumeration("DlcSeverity");
        assertEquals(Map.of("cleared", DlcMib.SEVERITY_CLEARED, "information", DlcMib.SEVERITY_INFORMATION,
                "minor", DlcMib.SEVERITY_MINOR, "major", DlcMib.SEVERITY_MAJOR, "critical", DlcMib.SEVERITY_CRITICAL),
                severity);
        assertEquals(Map.of("acs", DlcMib.DOMAIN_ACS), enumeration("DlcDomain"));
        assertEquals(Map.of("ctlp", DlcMib.SENDER_UNIT_CTLP), enumeration("DlcSenderUnit"));
        // The core's constants are the values sent: they must be the MIB's named numbers.
        assertEquals(enumeration("DlcDomain").get(AlarmDefinition.DOMAIN_NAME.toLowerCase()), AlarmDefinition.DOMAIN);
        assertEquals(enumeration("DlcSenderUnit").get(AlarmDefinition.SENDER_UNIT_NAME.toLowerCase()),
                AlarmDefinition.SENDER_UNIT);
        assertEquals(severity.get("information"), AlarmDefinition.SEVERITY_INFORMATION);
        for (AlarmDefinition d : AlarmDefinition.values()) {
            assertTrue(severity.containsValue(d.severity()), d + " severity");
            assertTrue(enumeration("DlcDomain").containsValue(d.domain()), d + " domain");
            assertTrue(enumeration("DlcSenderUnit").containsValue(d.senderUnit()), d + " sender unit");
        }
        String tc = Files.readString(mibTarget.resolve("mibs/SNMPv2-TC.mib"));
        Matcher m = Pattern.compile("TruthValue ::= TEXTUAL-CONVENTION.*?SYNTAX\\s+INTEGER\\s*\\{\\s*true\\((\\d+)\\),"
                + "\\s*false\\((\\d+)\\)\\s*}", Pattern.DOTALL).matcher(tc);
        assertTrue(m.find(), "TruthValue in SNMPv2-TC");
        assertEquals(DlcMib.TRUTH_TRUE, Integer.parseInt(m.group(1)));
        assertEquals(DlcMib.TRUTH_FALSE, Integer.parseInt(m.group(2)));
    }

    @Test
    void each_raise_notification_is_its_alarms_code_and_text() {
        for (AlarmDefinition d : AlarmDefinition.values()) {
            OID notification = DlcMib.raisedNotification(d.code());
            String name = "dlcAlarm" + d.code() + "Raised";
            assertOid(name, notification);
            String description = collapse(description("notification", name));
            assertTrue(description.startsWith("Alarm " + d.code() + " was raised"), description);
            assertTrue(description.contains(d.text() + "."), name + ": \"" + d.text() + "\" not in: " + description);
            String codeColumn = collapse(description("column", "dlcAlarmCode"));
            assertTrue(codeColumn.contains(d.code() + " " + d.text()), codeColumn);
        }
        assertEquals(AlarmDefinition.values().length, oids.keySet().stream()
                .filter(n -> n.matches("dlcAlarm\\d+Raised")).count(), "one raise notification per alarm");
    }

    @Test
    void the_varbinds_of_a_raise_and_a_clear_are_the_alarms_fields() {
        Instant first = Instant.parse("2026-11-25T10:15:30.40Z");
        Instant latest = Instant.parse("2026-11-25T10:20:00Z");
        for (AlarmDefinition d : AlarmDefinition.values()) {
            AlarmSnapshot a = new AlarmSnapshot(7, d.code(), d.domain(), d.severity(), 3, d.senderUnit(), d.text(),
                    AlarmDefinition.additionalText("311"), 2, first, latest, false, true, "311", "00019 0592015 3",
                    null);
            List<VariableBinding> raise = DlcMib.notification(AlarmEvent.Kind.RAISED, a, latest, 100, 41);
            assertEquals(SnmpConstants.sysUpTime, raise.get(0).getOid());
            assertEquals(SnmpConstants.snmpTrapOID, raise.get(1).getOid());
            assertEquals(oids.get("dlcAlarm" + d.code() + "Raised"), raise.get(1).getVariable().toString());
            for (int i = 0; i < DlcMib.NOTIFICATION_COLUMNS.length; i++) {
                String column = DlcMib.COLUMN_NAMES.get(DlcMib.NOTIFICATION_COLUMNS[i]);
                assertEquals(oids.get(column) + ".7", raise.get(i + 2).getOid().toDottedString(), column);
            }
            assertEquals(new UnsignedInteger32(d.code()), raise.get(2).getVariable());
            assertEquals(new Integer32(AlarmDefinition.DOMAIN), raise.get(3).getVariable());
            assertEquals(new Integer32(DlcMib.SEVERITY_INFORMATION), raise.get(4).getVariable());
            assertEquals(new UnsignedInteger32(3), raise.get(5).getVariable());
            assertEquals(new Integer32(AlarmDefinition.SENDER_UNIT), raise.get(6).getVariable());
            assertEquals(new OctetString("Directory number =311"), raise.get(7).getVariable());
            assertEquals(new UnsignedInteger32(2), raise.get(8).getVariable());
            assertEquals(OctetString.fromHexString("07:ea:0b:19:0a:0f:1e:04:2b:00:00"), raise.get(9).getVariable());
            assertEquals(new OctetString("311"), raise.get(11).getVariable());
            assertEquals(new OctetString("00019 0592015 3"), raise.get(12).getVariable());
            assertEquals(new UnsignedInteger32(3), raise.get(13).getVariable());
            assertEquals(new Integer32(d.eventType().number), raise.get(14).getVariable());
            assertEquals(new Integer32(d.probableCause().number), raise.get(15).getVariable());
            assertEquals(new Integer32(X733.PerceivedSeverity.WARNING.number), raise.get(16).getVariable(),
                    "information(1) is warning(6)");

            assertEquals(oids.get("dlcNotificationSequence") + ".0", raise.get(17).getOid().toDottedString());
            assertEquals(new UnsignedInteger32(41), raise.get(17).getVariable());
            assertEquals(18, raise.size());

            List<VariableBinding> clear = DlcMib.notification(AlarmEvent.Kind.CLEARED, a, latest.plusSeconds(1), 100, 42);
            assertEquals(oids.get("dlcAlarmCleared"), clear.get(1).getVariable().toString());
            assertEquals(new Integer32(DlcMib.SEVERITY_CLEARED), clear.get(4).getVariable());
            assertEquals(DlcMib.dateAndTime(latest.plusSeconds(1)), clear.get(10).getVariable());
            assertEquals(new Integer32(X733.PerceivedSeverity.CLEARED.number), clear.get(16).getVariable());
            assertEquals(raise.get(2), clear.get(2), "the clear names the same alarm (code, handle)");
            assertEquals(new UnsignedInteger32(42), clear.get(17).getVariable());

            List<VariableBinding> noticed = DlcMib.notification(AlarmEvent.Kind.NOTICED, a, latest, 100, 43);
            assertEquals(oids.get("dlcAlarmMarkedNoticed"), noticed.get(1).getVariable().toString());
            assertEquals(raise.subList(2, 17), noticed.subList(2, 17), "the alarm's fields as in the table");
        }
    }

    @Test
    void a_handle_above_the_int_range_is_an_unsigned32_instance() {
        AlarmDefinition d = AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED;
        AlarmSnapshot a = new AlarmSnapshot(4_294_967_295L, d.code(), d.domain(), d.severity(), 1, d.senderUnit(),
                d.text(), "", 1, Instant.EPOCH, Instant.EPOCH, false, true, null, null, null);
        List<VariableBinding> raise = DlcMib.notification(AlarmEvent.Kind.RAISED, a, Instant.EPOCH, 0, 1);
        assertEquals(oids.get("dlcAlarmCode") + ".4294967295", raise.get(2).getOid().toDottedString());
        assertEquals(new OctetString(""), raise.get(11).getVariable(), "not recorded: empty");
    }

    /** The X.733 values DLC uses have the names and numbers of RFC 3877's modules, as the build read them. */
    @Test
    void the_x733_fields_are_those_of_the_itu_alarm_textual_conventions() throws IOException {
        Map<String, Integer> eventTypes = namedNumbers("IANA-ITU-ALARM-TC-MIB", "IANAItuEventType");
        Map<String, Integer> causes = namedNumbers("IANA-ITU-ALARM-TC-MIB", "IANAItuProbableCause");
        Map<String, Integer> severities = namedNumbers("ITU-ALARM-TC-MIB", "ItuPerceivedSeverity");
        for (X733.EventType t : X733.EventType.values()) {
            assertEquals(eventTypes.get(t.mibName), t.number, t.mibName);
        }
        for (X733.ProbableCause c : X733.ProbableCause.values()) {
            assertEquals(causes.get(c.mibName), c.number, c.mibName);
        }
        for (X733.PerceivedSeverity p : X733.PerceivedSeverity.values()) {
            assertEquals(severities.get(p.mibName), p.number, p.mibName);
        }
        assertTrue(causes.size() > 150, "the whole IANA list was read: " + causes.size());
        for (String column : List.of("dlcAlarmEventType", "dlcAlarmProbableCause", "dlcAlarmPerceivedSeverity")) {
            assertTrue(description("column", column).contains("X.733"), column);
        }
    }

    /** The enumeration of a textual convention in one of the base MIBs the build wrote (mibs/target/mibs). */
    private static Map<String, Integer> namedNumbers(String module, String tc) throws IOException {
        String text = Files.readString(mibTarget.resolve("mibs").resolve(module + ".mib"));
        Matcher m = Pattern.compile(tc + " ::= TEXTUAL-CONVENTION.*?SYNTAX\\s+INTEGER\\s*\\{(.*?)\\}", Pattern.DOTALL)
                .matcher(text);
        assertTrue(m.find(), tc + " in " + module);
        Map<String, Integer> values = new HashMap<>();
        Matcher n = Pattern.compile("(\\w+)\\((\\d+)\\)").matcher(m.group(1));
        while (n.find()) {
            values.put(n.group(1), Integer.parseInt(n.group(2)));
        }
        return values;
    }

    private static Map<String, Integer> enumeration(String typedef) {
        NodeList types = xml.getElementsByTagName("typedef");
        for (int i = 0; i < types.getLength(); i++) {
            Element t = (Element) types.item(i);
            if (t.getAttribute("name").equals(typedef)) {
                Map<String, Integer> values = new HashMap<>();
                NodeList numbers = t.getElementsByTagName("namednumber");
                for (int j = 0; j < numbers.getLength(); j++) {
                    Element n = (Element) numbers.item(j);
                    values.put(n.getAttribute("name"), Integer.parseInt(n.getAttribute("number")));
                }
                return values;
            }
        }
        throw new AssertionError(typedef + " not in the MIB");
    }

    private static String description(String element, String name) {
        NodeList nodes = xml.getElementsByTagName(element);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e.getElementsByTagName("description").item(0).getTextContent();
            }
        }
        throw new AssertionError(element + " " + name + " not in the MIB");
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
