package org.dlc.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dlc.alarm.AlarmDefinition;
import org.dlc.alarm.AlarmSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UnsignedInteger32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/** The agent alone, read with SNMP4J as a manager: access rules, table updates, a clean stop and restart. */
class DlcAgentTest {

    private static final DlcAgent.Engine ENGINE = new DlcAgent.Engine(
            org.snmp4j.mp.MPv3.createLocalEngineID(new OctetString("dlc-agent-test")), 3);

    private DlcAgent agent;
    private Snmp manager;

    @AfterEach
    void close() throws IOException {
        if (agent != null) {
            agent.stop();
        }
        if (manager != null) {
            manager.close();
        }
    }

    private static int freePort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    private static AlarmSnapshot alarm(long handle, AlarmDefinition d, String dir, int count) {
        return new AlarmSnapshot(handle, d.code(), d.domain(), d.severity(), 1, d.senderUnit(), d.text(),
                AlarmDefinition.additionalText(dir), count, T, T.plusSeconds(count), false, true, dir,
                "00019 0592015 3", null);
    }

    private static AlarmSnapshot cleared(long handle, String dir, int count, Instant at) {
        AlarmSnapshot a = alarm(handle, AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED, dir, count);
        return new AlarmSnapshot(a.handle(), a.code(), a.domain(), a.severity(), a.lim(), a.senderUnit(),
                a.explanation(), a.additionalText(), a.count(), a.firstAt(), a.latestAt(), a.noticed(), false,
                a.directoryNumber(), a.ipei(), at);
    }

    /** A history of two cleared alarms. */
    private SnmpConfig config(int port) {
        return new SnmpConfig("127.0.0.1", port, "rocommunity", List.of(new SnmpConfig.V3User("reader",
                "authpass123", "privpass123")), List.of(), List.of(), 60, 0, 2,
                new SnmpConfig.SystemGroup("dlc-test", "noc@example.com", "lab"));
    }

    private DlcAgent start(int port, List<AlarmSnapshot> active, List<AlarmSnapshot> recentlyCleared)
            throws IOException {
        return DlcAgent.start(config(port), ENGINE, active, recentlyCleared, new AtomicLong(), new AtomicLong(),
                () -> 0);
    }

    private Snmp manager(String user, String auth, String priv) throws IOException {
        SecurityProtocols protocols = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.defaultSecurity);
        USM usm = new USM(protocols, new OctetString(MPv3.createLocalEngineID()), 0);
        usm.addUser(new UsmUser(new OctetString(user), AuthHMAC192SHA256.ID, new OctetString(auth), PrivAES128.ID,
                new OctetString(priv)));
        SecurityModels models = new SecurityModels();
        models.addSecurityModel(usm);
        Snmp snmp = new Snmp(new DefaultUdpTransportMapping());
        snmp.getMessageDispatcher().removeMessageProcessingModel(snmp.getMessageDispatcher()
                .getMessageProcessingModel(MPv3.ID));
        snmp.getMessageDispatcher().addMessageProcessingModel(new MPv3(usm.getLocalEngineID().getValue(), null,
                protocols, models, new org.snmp4j.mp.CounterSupport()));
        snmp.listen();
        return snmp;
    }

    private PDU get(Target<UdpAddress> target, OID oid) throws IOException {
        PDU pdu = target.getVersion() == SnmpConstants.version3 ? new ScopedPDU() : new PDU();
        pdu.setType(PDU.GET);
        pdu.add(new VariableBinding(oid));
        ResponseEvent<UdpAddress> r = manager.send(pdu, target);
        return r.getResponse();
    }

    private static CommunityTarget<UdpAddress> v2c(int port, String community) {
        CommunityTarget<UdpAddress> t = new CommunityTarget<>(new UdpAddress("127.0.0.1/" + port),
                new OctetString(community));
        t.setVersion(SnmpConstants.version2c);
        t.setTimeout(3000); // generous: a loaded CI machine answers late, not wrong
        t.setRetries(0);
        return t;
    }

    private static UserTarget<UdpAddress> v3(int port, String user) {
        UserTarget<UdpAddress> t = new UserTarget<>(new UdpAddress("127.0.0.1/" + port), new OctetString(user),
                new byte[0], SecurityLevel.AUTH_PRIV);
        t.setVersion(SnmpConstants.version3);
        t.setTimeout(3000);
        t.setRetries(0);
        return t;
    }

    @Test
    void serves_the_system_group_the_table_and_the_counters_read_only() throws Exception {
        int port = freePort();
        AtomicLong sent = new AtomicLong(5);
        agent = DlcAgent.start(config(port), ENGINE, List.of(alarm(4, AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED,
                "311", 1)), List.of(), sent, new AtomicLong(), () -> 7);
        manager = manager("reader", "authpass123", "privpass123");

        PDU r = get(v2c(port, "rocommunity"), new OID(SnmpConstants.sysObjectID));
        assertNotNull(r, "v2c read with the community");
        assertEquals(DlcMib.DLC_MIB, r.get(0).getVariable());
        assertEquals(List.of("dlc-test", "noc@example.com", "lab"), List.of(
                get(v2c(port, "rocommunity"), new OID(SnmpConstants.sysName)).get(0).getVariable().toString(),
                get(v2c(port, "rocommunity"), new OID(SnmpConstants.sysContact)).get(0).getVariable().toString(),
                get(v2c(port, "rocommunity"), new OID(SnmpConstants.sysLocation)).get(0).getVariable().toString()));
        OID text = DlcMib.column(DlcMib.COL_ADDITIONAL_TEXT).append(4);
        assertEquals(new OctetString("Directory number =311"), get(v2c(port, "rocommunity"), text).get(0).getVariable());
        assertEquals(new Counter32(5), get(v2c(port, "rocommunity"),
                new OID(DlcMib.DLC_NOTIFICATIONS_SENT).append(0)).get(0).getVariable());
        assertEquals(new UnsignedInteger32(7), get(v2c(port, "rocommunity"),
                DlcMib.scalar(DlcMib.DLC_NOTIFICATION_SEQUENCE)).get(0).getVariable());
        assertEquals(new Gauge32(1), get(v2c(port, "rocommunity"),
                DlcMib.scalar(DlcMib.DLC_ALARM_ACTIVE_COUNT)).get(0).getVariable());

        assertNull(get(v2c(port, "public"), text), "a wrong community gets nothing");

        PDU set = new PDU();
        set.setType(PDU.SET);
        set.add(new VariableBinding(new OID(SnmpConstants.sysName), new OctetString("x")));
        ResponseEvent<UdpAddress> setReply = manager.send(set, v2c(port, "rocommunity"));
        assertNotNull(setReply.getResponse());
        assertTrue(setReply.getResponse().getErrorStatus() != 0, "no write access: " + setReply.getResponse());

        PDU v3 = get(v3(port, "reader"), text);
        assertNotNull(v3, "v3 authPriv read");
        assertEquals(PDU.RESPONSE, v3.getType());
        assertEquals(new OctetString("Directory number =311"), v3.get(0).getVariable());

        agent.update(alarm(4, AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED, "311", 3));
        agent.update(alarm(4, AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED, "311", 2)); // late, out of order
        assertEquals("3", get(v2c(port, "rocommunity"), DlcMib.column(DlcMib.COL_COUNT).append(4)).get(0)
                .getVariable().toString());
        Thread.sleep(30); // sysUpTime counts hundredths of a second
        long upBeforeClear = agent.upTimeCentis();
        agent.cleared(cleared(4, "311", 3, T.plusSeconds(10)));
        agent.update(alarm(4, AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED, "311", 4)); // late repeat
        assertEquals(0, agent.rowCount());
        assertEquals(new Gauge32(0), get(v2c(port, "rocommunity"),
                DlcMib.scalar(DlcMib.DLC_ALARM_ACTIVE_COUNT)).get(0).getVariable());
        long lastChanged = ((TimeTicks) get(v2c(port, "rocommunity"),
                DlcMib.scalar(DlcMib.DLC_ALARM_ACTIVE_LAST_CHANGED)).get(0).getVariable()).getValue();
        assertTrue(lastChanged >= upBeforeClear && lastChanged <= agent.upTimeCentis(),
                "the clear's time: " + lastChanged + " (before it: " + upBeforeClear + ")");
    }

    @Test
    void the_history_keeps_the_latest_cleared_alarms_up_to_its_size() throws Exception {
        int port = freePort();
        agent = start(port, List.of(alarm(7, AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED, "313", 1)),
                List.of(cleared(6, "312", 2, T.plusSeconds(60)), cleared(5, "311", 1, T.plusSeconds(30)),
                        cleared(3, "310", 1, T.plusSeconds(10))));
        manager = manager("reader", "authpass123", "privpass123");
        assertEquals(List.of(5L, 6L), historyHandles(port), "the two most recently cleared");
        assertEquals(new UnsignedInteger32(2), get(v2c(port, "rocommunity"),
                DlcMib.scalar(DlcMib.DLC_ALARM_CLEARED_MAXIMUM)).get(0).getVariable());

        agent.cleared(cleared(7, "313", 1, T.plusSeconds(90)));
        assertEquals(List.of(6L, 7L), historyHandles(port), "the oldest clear leaves");
        assertEquals(0, agent.rowCount());
        OID row7 = new OID(DlcMib.clearedColumn(DlcMib.CLEARED_DIRECTORY_NUMBER)).append(7);
        assertEquals(new OctetString("313"), get(v2c(port, "rocommunity"), row7).get(0).getVariable());
        assertEquals(DlcMib.dateAndTime(T.plusSeconds(90)), get(v2c(port, "rocommunity"),
                new OID(DlcMib.clearedColumn(DlcMib.CLEARED_AT)).append(7)).get(0).getVariable());
    }

    private List<Long> historyHandles(int port) throws IOException {
        List<Long> handles = new java.util.ArrayList<>();
        OID column = DlcMib.clearedColumn(DlcMib.CLEARED_CODE);
        OID next = column;
        while (true) {
            PDU pdu = new PDU();
            pdu.setType(PDU.GETNEXT);
            pdu.add(new VariableBinding(next));
            VariableBinding vb = manager.send(pdu, v2c(port, "rocommunity")).getResponse().get(0);
            if (!vb.getOid().startsWith(column)) {
                return handles;
            }
            handles.add(vb.getOid().getUnsigned(vb.getOid().size() - 1));
            next = vb.getOid();
        }
    }

    @Test
    void a_get_of_the_index_column_answers_no_such_object_for_that_variable_only() throws Exception {
        int port = freePort();
        agent = start(port, List.of(alarm(4, AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED, "311", 1)), List.of());
        manager = manager("reader", "authpass123", "privpass123");
        PDU pdu = new PDU();
        pdu.setType(PDU.GET);
        pdu.add(new VariableBinding(new OID(DlcMib.column(DlcMib.COL_HANDLE)).append(4)));
        pdu.add(new VariableBinding(new OID(DlcMib.column(DlcMib.COL_CODE)).append(4)));
        PDU r = manager.send(pdu, v2c(port, "rocommunity")).getResponse();
        assertEquals(PDU.noError, r.getErrorStatus(), r.toString());
        assertEquals(org.snmp4j.smi.Null.noSuchObject, r.get(0).getVariable());
        assertEquals(new UnsignedInteger32(12), r.get(1).getVariable());
    }

    @Test
    void a_get_bulk_larger_than_a_datagram_is_answered_truncated() throws Exception {
        int port = freePort();
        List<AlarmSnapshot> many = new java.util.ArrayList<>();
        for (int h = 1; h <= 200; h++) {
            many.add(alarm(h, AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED, Integer.toString(1000 + h), 1));
        }
        agent = start(port, many, List.of());
        manager = manager("reader", "authpass123", "privpass123");
        PDU bulk = new PDU();
        bulk.setType(PDU.GETBULK);
        bulk.setNonRepeaters(0);
        bulk.setMaxRepetitions(10_000);
        for (int i = 0; i < 50; i++) {
            bulk.add(new VariableBinding(DlcMib.DLC_ALARM_ACTIVE_TABLE));
        }
        CommunityTarget<UdpAddress> target = v2c(port, "rocommunity");
        target.setTimeout(20_000);
        PDU r = manager.send(bulk, target).getResponse();
        assertNotNull(r, "answered, not dropped");
        assertEquals(PDU.noError, r.getErrorStatus());
        assertTrue(r.size() > 1000 && r.size() < 500_000, "truncated to a datagram: " + r.size() + " varbinds");
        assertTrue(r.getBERLength() <= DlcAgent.DatagramSizedCommandProcessor.maxPdu("rocommunity".length()),
                "" + r.getBERLength());
        // Repetition by repetition: 50 times the first cell, then 50 times the next, in table order.
        assertEquals(new OID(DlcMib.column(DlcMib.COL_CODE)).append(1), r.get(0).getOid());
        assertEquals(new OID(DlcMib.column(DlcMib.COL_CODE)).append(1), r.get(49).getOid());
        assertEquals(new OID(DlcMib.column(DlcMib.COL_CODE)).append(2), r.get(50).getOid());
    }

    @Test
    void a_wrong_usm_password_gets_the_wrong_digests_report() throws Exception {
        assertReport("reader", "wrongpass123", SnmpConstants.usmStatsWrongDigests, "RFC 3414 3.2 step 6");
    }

    @Test
    void an_unknown_usm_user_gets_the_unknown_user_names_report() throws Exception {
        assertReport("nobody", "authpass123", SnmpConstants.usmStatsUnknownUserNames, "RFC 3414 3.2 step 4");
    }

    /** A v3 GET as {@code user} is answered by a REPORT naming {@code counter}, not by silence. */
    private void assertReport(String user, String authPassword, OID counter, String rule) throws Exception {
        int port = freePort();
        agent = start(port, List.of(), List.of());
        manager = manager(user, authPassword, "privpass123");
        PDU r = get(v3(port, user), new OID(SnmpConstants.sysDescr));
        assertNotNull(r, "a report, not silence (" + rule + ")");
        assertEquals(PDU.REPORT, r.getType());
        assertEquals(counter, r.get(0).getOid());
    }

    @Test
    void stops_without_leaving_a_thread_or_the_socket_and_starts_again() throws Exception {
        int port = freePort();
        for (int i = 0; i < 2; i++) {
            DlcAgent a = start(port, List.of(), List.of());
            a.stop();
        }
        Thread.sleep(200);
        List<String> left = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).filter(n -> n.startsWith("DLC-SNMP") || n.contains("DefaultUDPTransportMapping"))
                .toList();
        assertEquals(List.of(), left);
        try (DatagramSocket s = new DatagramSocket(new java.net.InetSocketAddress("127.0.0.1", port))) {
            assertEquals(port, s.getLocalPort());
        }
    }
}
