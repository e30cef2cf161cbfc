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

    @TempDir
    Path state;

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

    private static AlarmSnapshot alarm(int handle, AlarmDefinition d, String dir, int count) {
        Instant t = Instant.parse("2026-11-25T10:00:00Z");
        return new AlarmSnapshot(handle, d.code(), d.domain(), d.severity(), 1, d.senderUnit(), d.text(),
                AlarmDefinition.additionalText(dir), count, t, t.plusSeconds(count), false, true);
    }

    private SnmpConfig config(int port) {
        return new SnmpConfig("127.0.0.1", port, "rocommunity", List.of(new SnmpConfig.V3User("reader",
                "authpass123", "privpass123")), List.of(), List.of(), 60, 0,
                new SnmpConfig.SystemGroup("dlc-test", "noc@example.com", "lab"));
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
        t.setTimeout(300);
        t.setRetries(0);
        return t;
    }

    private static UserTarget<UdpAddress> v3(int port, String user) {
        UserTarget<UdpAddress> t = new UserTarget<>(new UdpAddress("127.0.0.1/" + port), new OctetString(user),
                new byte[0], SecurityLevel.AUTH_PRIV);
        t.setVersion(SnmpConstants.version3);
        t.setTimeout(500);
        t.setRetries(0);
        return t;
    }

    @Test
    void serves_the_system_group_the_table_and_the_counters_read_only() throws Exception {
        int port = freePort();
        AtomicLong sent = new AtomicLong(5);
        agent = DlcAgent.start(config(port), state, List.of(alarm(4, AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED,
                "311", 1)), sent, new AtomicLong(), new AtomicLong(7));
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
        agent.remove(4);
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
    void a_wrong_usm_password_gets_nothing() throws Exception {
        int port = freePort();
        agent = DlcAgent.start(config(port), state, List.of(), new AtomicLong(), new AtomicLong(),
                new AtomicLong());
        manager = manager("reader", "wrongpass123", "privpass123");
        PDU r = get(v3(port, "reader"), new OID(SnmpConstants.sysDescr));
        assertTrue(r == null || r.getType() == PDU.REPORT, "no answer but a report: " + r);
    }

    @Test
    void stops_without_leaving_a_thread_or_the_socket_and_starts_again() throws Exception {
        int port = freePort();
        for (int i = 0; i < 2; i++) {
            DlcAgent a = DlcAgent.start(config(port), state, List.of(), new AtomicLong(), new AtomicLong(),
                new AtomicLong());
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
