package org.dlc.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.dlc.shared.InvalidInputException;
import org.dlc.shared.SecretFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnmpConfigTest {

    @TempDir
    Path dir;

    @Test
    void the_first_configuration_is_loopback_only_and_reads_nothing_until_an_administrator_says_who_may() {
        SnmpConfig first = SnmpConfig.initial();
        assertEquals("127.0.0.1", first.address());
        assertEquals(1161, first.port());
        assertNull(first.readCommunity(), "no community nobody could be told");
        assertEquals(List.of(), first.readUsers());
        assertEquals(List.of(), first.trapTargets());
        assertEquals(first, SnmpConfig.fromJson(first.toJsonText()), "stored and read back unchanged");
    }

    @Test
    void round_trips_every_member_through_json() {
        SnmpConfig c = new SnmpConfig("127.0.0.2", 2161, null,
                List.of(new SnmpConfig.V3User("nms", "authpass1", "privpass1")),
                List.of(new SnmpConfig.TrapTarget("192.0.2.1", 162, "traps")),
                List.of(new SnmpConfig.InformTarget("192.0.2.2", 10162, "dlc", "authpass2", "privpass2", 3, 2500)), 0, 30, 250,
                new SnmpConfig.SystemGroup("pbx-1-dlc", "NOC <noc@example.com>", "Building A, room 2"));
        assertEquals(c, SnmpConfig.fromJson(c.toJsonText()));
        assertNull(SnmpConfig.fromJson("{\"readCommunity\":null}").readCommunity());
    }

    @Test
    void the_system_group_is_empty_unless_given_and_bad_text_names_the_field() {
        assertEquals(SnmpConfig.SystemGroup.EMPTY, SnmpConfig.fromJson("{}").system());
        assertEquals("sysLocation: must have at most 255 printable characters", assertThrows(
                InvalidInputException.class, () -> SnmpConfig.fromJson("{\"sysLocation\":\"" + "x".repeat(256)
                        + "\"}")).getMessage());
        assertEquals("sysName: must have at most 255 printable characters", assertThrows(InvalidInputException.class,
                () -> SnmpConfig.fromJson("{\"sysName\":\"a\\nb\"}")).getMessage());
        assertEquals("sysContact: must be a string", assertThrows(InvalidInputException.class,
                () -> SnmpConfig.fromJson("{\"sysContact\":7}")).getMessage());
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
        InvalidInputException history = assertThrows(InvalidInputException.class, () ->
                SnmpConfig.fromJson("{\"clearedHistorySize\":10001}"));
        assertEquals("clearedHistorySize", history.field());
        assertTrue(history.getMessage().contains("0..10000"), history.getMessage());
        assertEquals(100, SnmpConfig.fromJson("{}").clearedHistorySize(), "the default");
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

    // ---- secrets: never shown, kept when left out ----

    private static final SnmpConfig STORED = new SnmpConfig("127.0.0.1", 1161, "read-c0mmunity",
            List.of(new SnmpConfig.V3User("nms", "nms-auth-pw", "nms-priv-pw")),
            List.of(new SnmpConfig.TrapTarget("192.0.2.1", 162, "trap-c0mmunity")),
            List.of(new SnmpConfig.InformTarget("192.0.2.2", 10162, "dlc", "dlc-auth-pw", "dlc-priv-pw", 2, 1000)), 60, 300, 100, null);

    @Test
    void a_merge_patch_changes_only_what_it_sends() {
        SnmpConfig named = SnmpConfig.merged("{\"sysName\":\"pbx-1\",\"repeatNotifyIntervalSeconds\":0}", STORED);
        assertEquals(new SnmpConfig("127.0.0.1", 1161, "read-c0mmunity", STORED.readUsers(), STORED.trapTargets(),
                STORED.informTargets(), 0, 300, 100, new SnmpConfig.SystemGroup("pbx-1", "", "")), named);

        SnmpConfig v2cOff = SnmpConfig.merged("{\"readCommunity\":null,\"port\":null}", named);
        assertNull(v2cOff.readCommunity());
        assertEquals(SnmpConfig.DEFAULT_PORT, v2cOff.port(), "null: back to the default");
        assertEquals(named.trapTargets(), v2cOff.trapTargets());

        // An array is replaced as a whole; the same trap target keeps its stored community.
        SnmpConfig traps = SnmpConfig.merged("{\"trapTargets\":[{\"address\":\"192.0.2.1\",\"port\":162},"
                + "{\"address\":\"192.0.2.9\",\"port\":162,\"community\":\"new-c0mm\"}]}", STORED);
        assertEquals(List.of(new SnmpConfig.TrapTarget("192.0.2.1", 162, "trap-c0mmunity"),
                new SnmpConfig.TrapTarget("192.0.2.9", 162, "new-c0mm")), traps.trapTargets());
        assertEquals(STORED.informTargets(), traps.informTargets());

        assertEquals("port: must be 1..65535, was 0", assertThrows(InvalidInputException.class,
                () -> SnmpConfig.merged("{\"port\":0}", STORED)).getMessage());
        assertEquals("body", assertThrows(InvalidInputException.class,
                () -> SnmpConfig.merged("[1]", STORED)).field());
    }

    private static final List<String> SECRETS = List.of("read-c0mmunity", "nms-auth-pw", "nms-priv-pw",
            "trap-c0mmunity", "dlc-auth-pw", "dlc-priv-pw");

    private SecretFingerprint fingerprint() {
        return SecretFingerprint.loadOrCreate(dir.resolve("secret-fingerprint.key"));
    }

    @Test
    void what_is_shown_has_every_secret_as_set_with_a_fingerprint_and_none_of_their_values() {
        SecretFingerprint f = fingerprint();
        JsonObject shown = STORED.toShownJson(f);
        SECRETS.forEach(secret -> assertFalse(shown.toString().contains(secret), secret + " in " + shown));
        assertEquals(Json.createObjectBuilder().add("set", true).add("fingerprint", f.of("read-c0mmunity")).build(),
                shown.getJsonObject("readCommunity"));
        assertEquals(f.of("dlc-priv-pw"), shown.getJsonArray("informTargets").getJsonObject(0)
                .getJsonObject("privPassword").getString("fingerprint"));
        assertEquals("nms", shown.getJsonArray("readUsers").getJsonObject(0).getString("user"));
        assertEquals(JsonValue.NULL, new SnmpConfig("127.0.0.1", 1161, null, List.of(), List.of(), List.of(), 60, 300, 100, null)
                .toShownJson(f).get("readCommunity"), "reads off: null");
    }

    @Test
    void to_string_names_no_secret() {
        SECRETS.forEach(secret -> assertFalse(STORED.toString().contains(secret), secret + " in " + STORED));
        assertTrue(STORED.toString().contains("192.0.2.2"), STORED.toString());
    }

    @Test
    void what_a_get_shows_put_back_unchanged_keeps_every_secret() {
        assertEquals(STORED, SnmpConfig.fromJson(STORED.toShownJson(fingerprint()).toString(), STORED));
    }

    @Test
    void a_secret_left_out_keeps_the_stored_one_of_the_same_entry_and_a_given_one_replaces_it() {
        SnmpConfig c = SnmpConfig.fromJson("{\"readUsers\":[{\"user\":\"nms\",\"privPassword\":\"new-priv-pw\"}],"
                + "\"trapTargets\":[{\"address\":\"192.0.2.1\",\"port\":162}],"
                + "\"informTargets\":[{\"address\":\"192.0.2.2\",\"port\":10162,\"user\":\"dlc\",\"retries\":4}]}",
                STORED);
        assertEquals("read-c0mmunity", c.readCommunity(), "left out: kept");
        assertEquals(new SnmpConfig.V3User("nms", "nms-auth-pw", "new-priv-pw"), c.readUsers().get(0));
        assertEquals("trap-c0mmunity", c.trapTargets().get(0).community());
        assertEquals(new SnmpConfig.InformTarget("192.0.2.2", 10162, "dlc", "dlc-auth-pw", "dlc-priv-pw", 4, 1000),
                c.informTargets().get(0));
        assertNull(SnmpConfig.fromJson("{\"readCommunity\":null}", STORED).readCommunity(), "null: reads off");
        assertEquals("other-c0mmunity", SnmpConfig.fromJson("{\"readCommunity\":\"other-c0mmunity\"}", STORED)
                .readCommunity());
    }

    @Test
    void a_new_entry_without_its_secret_is_refused_naming_the_field_and_the_entry() {
        InvalidInputException newTrap = assertThrows(InvalidInputException.class, () -> SnmpConfig.fromJson(
                "{\"trapTargets\":[{\"address\":\"192.0.2.1\",\"port\":1162}]}", STORED));
        assertEquals("trapTargets[0].community", newTrap.field());
        assertTrue(newTrap.getMessage().contains("trap target 192.0.2.1:1162 is new"), newTrap.getMessage());
        InvalidInputException otherUser = assertThrows(InvalidInputException.class, () -> SnmpConfig.fromJson(
                "{\"informTargets\":[{\"address\":\"192.0.2.2\",\"port\":10162,\"user\":\"other\","
                        + "\"authPassword\":{\"set\":true}}]}", STORED));
        assertEquals("informTargets[0].authPassword", otherUser.field());
        assertEquals("readUsers[0].authPassword", assertThrows(InvalidInputException.class, () -> SnmpConfig.fromJson(
                "{\"readUsers\":[{\"user\":\"new\",\"privPassword\":\"12345678\"}]}", STORED)).field());
        SnmpConfig off = new SnmpConfig("127.0.0.1", 1161, null, List.of(), List.of(), List.of(), 60, 300, 100, null);
        assertEquals("readCommunity", assertThrows(InvalidInputException.class, () -> SnmpConfig.fromJson(
                "{\"readCommunity\":{\"set\":true}}", off)).field());
        assertNull(SnmpConfig.fromJson("{}", off).readCommunity(), "left out, none stored: stays off");
    }

    @Test
    void the_file_must_hold_every_secret() {
        assertEquals("trapTargets[0].community", assertThrows(InvalidInputException.class, () -> SnmpConfig.fromJson(
                "{\"trapTargets\":[{\"address\":\"192.0.2.1\",\"community\":{\"set\":true}}]}")).field());
    }

    @Test
    void fingerprints_are_8_hex_digits_equal_for_equal_secrets_and_depend_on_the_server_key() {
        SecretFingerprint f = fingerprint();
        assertTrue(f.of("1234").matches("[0-9a-f]{8}"), f.of("1234"));
        assertEquals(f.of("1234"), fingerprint().of("1234"), "the key file is read back");
        assertNotEquals(f.of("1234"), f.of("1235"));
        assertNotEquals(f.of("1234"), SecretFingerprint.loadOrCreate(dir.resolve("other.key")).of("1234"));
    }

    @Test
    void the_fingerprint_key_file_is_readable_by_its_owner_only() throws Exception {
        fingerprint();
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("secret-fingerprint.key"))));
    }
}
