package org.dlc.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dlc.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnmpConfigTest {

    @TempDir
    Path dir;

    @Test
    void first_start_writes_a_loopback_config_with_a_random_read_community_and_no_targets() {
        Path file = dir.resolve("snmp/agent.json");
        SnmpConfig first = SnmpConfig.loadOrCreate(file);
        assertTrue(Files.exists(file));
        assertEquals("127.0.0.1", first.address());
        assertEquals(1161, first.port());
        assertTrue(first.readCommunity().startsWith("dlc-") && first.readCommunity().length() == 16);
        assertNotEquals("public", first.readCommunity());
        assertEquals(List.of(), first.trapTargets());
        assertEquals(first, SnmpConfig.loadOrCreate(file), "read back unchanged");
        assertNotEquals(first.readCommunity(), SnmpConfig.initial().readCommunity());
    }

    @Test
    void round_trips_every_member_through_json() {
        SnmpConfig c = new SnmpConfig("127.0.0.2", 2161, null,
                List.of(new SnmpConfig.V3User("nms", "authpass1", "privpass1")),
                List.of(new SnmpConfig.TrapTarget("192.0.2.1", 162, "traps")),
                List.of(new SnmpConfig.InformTarget("192.0.2.2", 10162, "dlc", "authpass2", "privpass2", 3, 2500)), 0);
        assertEquals(c, SnmpConfig.fromJson(c.toJsonText()));
        assertNull(SnmpConfig.fromJson("{\"readCommunity\":null}").readCommunity());
    }

    @Test
    void defaults_for_what_is_left_out() {
        SnmpConfig c = SnmpConfig.fromJson("{\"informTargets\":[{\"address\":\"127.0.0.1\",\"user\":\"u\","
                + "\"authPassword\":\"12345678\",\"privPassword\":\"12345678\"}]}");
        assertEquals(162, c.informTargets().get(0).port());
        assertEquals(2, c.informTargets().get(0).retries());
        assertEquals(1000, c.informTargets().get(0).timeoutMillis());
        assertEquals(60, c.repeatNotifyIntervalSeconds());
    }

    @Test
    void rejects_what_net_snmp_or_a_bounded_timeout_would_not_accept_naming_the_field() {
        assertEquals("informTargets[0].authPassword", assertThrows(InvalidInputException.class, () ->
                SnmpConfig.fromJson("{\"informTargets\":[{\"address\":\"127.0.0.1\",\"user\":\"u\","
                        + "\"authPassword\":\"short\",\"privPassword\":\"12345678\"}]}")).field());
        assertEquals("informTargets[0].timeoutMillis", assertThrows(InvalidInputException.class, () ->
                SnmpConfig.fromJson("{\"informTargets\":[{\"address\":\"127.0.0.1\",\"user\":\"u\","
                        + "\"authPassword\":\"12345678\",\"privPassword\":\"12345678\",\"timeoutMillis\":60000}]}"))
                .field());
        assertEquals("trapTargets[0].address", assertThrows(InvalidInputException.class, () ->
                SnmpConfig.fromJson("{\"trapTargets\":[{\"address\":\"nms.example\",\"community\":\"c\"}]}")).field());
        assertEquals("port", assertThrows(InvalidInputException.class, () ->
                SnmpConfig.fromJson("{\"port\":70000}")).field());
        assertEquals("body", assertThrows(InvalidInputException.class, () -> SnmpConfig.fromJson("[1]")).field());
    }

    @Test
    void system_properties_override_the_listen_address_and_port() {
        System.setProperty("dlc.snmp.port", "1261");
        try {
            SnmpConfig c = SnmpConfig.fromJson("{\"port\":1161}").withSystemOverrides();
            assertEquals(1261, c.port());
            assertEquals("127.0.0.1", c.address());
        } finally {
            System.clearProperty("dlc.snmp.port");
        }
    }
}
