package org.dlc.snmp;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dlc.shared.InvalidInputException;
import org.dlc.shared.SecretFingerprint;

/**
 * The SNMP agent's configuration, stored with the agent's state in the database ({@link SnmpAgentState}), read
 * and replaced through {@code GET/PUT/PATCH /dlc/api/snmp/config} (administrators only). Format (every member
 * optional except inside a target):
 * <pre>
 * {
 *   "address": "127.0.0.1",            agent's UDP listen address (system property dlc.snmp.address wins)
 *   "port": 1161,                      agent's UDP port (system property dlc.snmp.port wins)
 *   "readCommunity": "s3cret",         SNMPv1/v2c read-only community; null or absent: no v1/v2c reads
 *   "readUsers": [                     SNMPv3 read-only users, authPriv with SHA-256 and AES-128
 *     {"user": "nms", "authPassword": "at least 8", "privPassword": "at least 8"} ],
 *   "trapTargets": [                   SNMPv2c TRAP receivers
 *     {"address": "192.0.2.10", "port": 162, "community": "traps"} ],
 *   "informTargets": [                 SNMPv3 INFORM receivers, authPriv with SHA-256 and AES-128
 *     {"address": "192.0.2.11", "port": 162, "user": "dlc", "authPassword": "...", "privPassword": "...",
 *      "retries": 2, "timeoutMillis": 1000} ],
 *   "repeatNotifyIntervalSeconds": 60, a repeat of an active alarm is re-notified at most once per this many
 *                                      seconds per alarm; 0: repeats never re-notify (the table still updates)
 *   "heartbeatIntervalSeconds": 300,   dlcHeartbeat to every target at this interval; 0: none
 *   "clearedHistorySize": 100,         rows of dlcAlarmClearedTable (the latest cleared alarms), 0..10000
 *   "sysName": "pbx-1-dlc",            MIB-2 system group: sysName, sysContact, sysLocation (default empty,
 *   "sysContact": "noc@example.com",   at most 255 printable characters)
 *   "sysLocation": "Building A"
 * }
 * </pre>
 * There is no write access of any kind. Addresses are IP literals (no name lookups on the notification path).
 * <p>
 * <b>Secrets</b> (the communities and the USM passwords) are never shown: {@link #toShownJson} has, in place of
 * each, {@code {"set": true, "fingerprint": "1a2b3c4d"}} (see {@link SecretFingerprint}). A replacement
 * ({@link #fromJson(String, SnmpConfig)}) may leave a secret out, or send that object back: the entry then keeps
 * its stored secret. The same entry is the read community itself, the read user with the same name, the trap
 * target with the same address and port, the inform target with the same address, port and user. A new entry
 * without its secret is refused, naming the field. {@code "readCommunity": null} turns v1/v2c reads off.
 */
public record SnmpConfig(String address, int port, String readCommunity, List<V3User> readUsers,
                         List<TrapTarget> trapTargets, List<InformTarget> informTargets,
                         int repeatNotifyIntervalSeconds, int heartbeatIntervalSeconds, int clearedHistorySize,
                         SystemGroup system) {

    public static final String DEFAULT_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 1161;
    public static final int DEFAULT_REPEAT_INTERVAL = 60;
    public static final int DEFAULT_HEARTBEAT_INTERVAL = 300;
    public static final int DEFAULT_CLEARED_HISTORY_SIZE = 100;
    public static final int MAX_CLEARED_HISTORY_SIZE = 10_000;
    public static final int DEFAULT_RETRIES = 2;
    public static final int DEFAULT_TIMEOUT_MILLIS = 1000;
    public static final int MAX_TIMEOUT_MILLIS = 10_000;
    public static final int MAX_RETRIES = 5;

    /** What {@code toString()} shows of a secret. */
    private static final String HIDDEN = "(set)";

    /** What the agent answers for sysName, sysContact and sysLocation. */
    public record SystemGroup(String name, String contact, String location) {
        public static final SystemGroup EMPTY = new SystemGroup("", "", "");
        static final int MAX_LENGTH = 255;
    }

    public record V3User(String user, String authPassword, String privPassword) {
        @Override
        public String toString() {
            return "V3User[user=" + user + ", authPassword=" + HIDDEN + ", privPassword=" + HIDDEN + "]";
        }
    }

    public record TrapTarget(String address, int port, String community) {
        @Override
        public String toString() {
            return "TrapTarget[" + address + ":" + port + ", community=" + HIDDEN + "]";
        }
    }

    public record InformTarget(String address, int port, String user, String authPassword, String privPassword,
                               int retries, int timeoutMillis) {
        @Override
        public String toString() {
            return "InformTarget[" + user + "@" + address + ":" + port + ", authPassword=" + HIDDEN
                    + ", privPassword=" + HIDDEN + ", retries=" + retries + ", timeoutMillis=" + timeoutMillis + "]";
        }
    }

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    public SnmpConfig {
        system = system == null ? SystemGroup.EMPTY : system;
        readUsers = List.copyOf(readUsers);
        trapTargets = List.copyOf(trapTargets);
        informTargets = List.copyOf(informTargets);
    }

    /** Secrets left out: {@code toString()} may end up in a log. */
    @Override
    public String toString() {
        return "SnmpConfig[" + address + ":" + port + ", readCommunity=" + (readCommunity == null ? "off" : HIDDEN)
                + ", readUsers=" + readUsers + ", trapTargets=" + trapTargets + ", informTargets=" + informTargets
                + ", repeatNotifyIntervalSeconds=" + repeatNotifyIntervalSeconds
                + ", heartbeatIntervalSeconds=" + heartbeatIntervalSeconds
                + ", clearedHistorySize=" + clearedHistorySize + ", " + system + "]";
    }

    /**
     * First start: loopback only, no read community nor user (nobody reads until an administrator configures
     * one: a generated secret could not be shown to anyone), no targets.
     */
    public static SnmpConfig initial() {
        return new SnmpConfig(DEFAULT_ADDRESS, DEFAULT_PORT, null, List.of(), List.of(), List.of(),
                DEFAULT_REPEAT_INTERVAL, DEFAULT_HEARTBEAT_INTERVAL, DEFAULT_CLEARED_HISTORY_SIZE, SystemGroup.EMPTY);
    }

    /** System properties {@code dlc.snmp.address} and {@code dlc.snmp.port} override the file. */
    public SnmpConfig withSystemOverrides() {
        String a = System.getProperty("dlc.snmp.address");
        String p = System.getProperty("dlc.snmp.port");
        String newAddress = a == null || a.isBlank() ? address : ipAddress(a.trim(), "dlc.snmp.address");
        int newPort = p == null || p.isBlank() ? port : port(parseInt(p.trim(), "dlc.snmp.port"), "dlc.snmp.port");
        return new SnmpConfig(newAddress, newPort, readCommunity, readUsers, trapTargets, informTargets,
                repeatNotifyIntervalSeconds, heartbeatIntervalSeconds, clearedHistorySize, system);
    }

    // ---- JSON ----

    /** The file: every secret given. */
    public static SnmpConfig fromJson(String json) {
        return fromJson(json, null);
    }

    /**
     * A replacement of {@code stored}: a secret left out (or sent back as {@link #toShownJson} shows it) keeps the
     * stored secret of the same entry (see the class comment); a new entry without its secret is refused.
     * With {@code stored} null (the file) every secret must be given.
     */
    public static SnmpConfig fromJson(String json, SnmpConfig stored) {
        return fromJson(object(json), stored);
    }

    /**
     * A JSON merge patch (RFC 7396) of {@code stored}: members left out stay as they are; a member set to null
     * goes back to its default, except {@code "readCommunity": null}, which turns v1/v2c reads off as in a
     * replacement; arrays (users, targets) are replaced as a whole, their left-out secrets kept as in
     * {@link #fromJson(String, SnmpConfig)}.
     */
    public static SnmpConfig merged(String patchJson, SnmpConfig stored) {
        JsonObject patch = object(patchJson);
        JsonObject merged = Json.createMergePatch(patch).apply(stored.toJson()).asJsonObject();
        if (patch.containsKey("readCommunity") && patch.isNull("readCommunity")) {
            merged = Json.createObjectBuilder(merged).add("readCommunity", JsonValue.NULL).build();
        }
        return fromJson(merged, stored);
    }

    private static JsonObject object(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        } catch (RuntimeException e) {
            throw new InvalidInputException("body", "not a JSON object: " + e.getMessage());
        }
    }

    private static SnmpConfig fromJson(JsonObject o, SnmpConfig stored) {
        String address = ipAddress(string(o, "address", DEFAULT_ADDRESS, "address"), "address");
        int port = port(integer(o, "port", DEFAULT_PORT, "port"), "port");
        String community = readCommunity(o, stored);
        List<V3User> users = list(o, "readUsers", (u, f) -> {
            String user = secret(string(u, "user", null, f + ".user"), 1, f + ".user");
            Kept<V3User> kept = Kept.of(stored, "read user " + user,
                    c -> c.readUsers().stream().filter(k -> k.user().equals(user)));
            return new V3User(user, secret(u, "authPassword", 8, f, kept.map(V3User::authPassword)),
                    secret(u, "privPassword", 8, f, kept.map(V3User::privPassword)));
        });
        List<TrapTarget> traps = list(o, "trapTargets", (t, f) -> {
            String a = ipAddress(string(t, "address", null, f + ".address"), f + ".address");
            int p = port(integer(t, "port", 162, f + ".port"), f + ".port");
            Kept<TrapTarget> kept = Kept.of(stored, "trap target " + a + ":" + p,
                    c -> c.trapTargets().stream().filter(k -> k.address().equals(a) && k.port() == p));
            return new TrapTarget(a, p, secret(t, "community", 1, f, kept.map(TrapTarget::community)));
        });
        List<InformTarget> informs = list(o, "informTargets", (t, f) -> {
            String a = ipAddress(string(t, "address", null, f + ".address"), f + ".address");
            int p = port(integer(t, "port", 162, f + ".port"), f + ".port");
            String user = secret(string(t, "user", null, f + ".user"), 1, f + ".user");
            Kept<InformTarget> kept = Kept.of(stored, "inform target " + user + "@" + a + ":" + p,
                    c -> c.informTargets().stream().filter(k -> k.address().equals(a) && k.port() == p
                            && k.user().equals(user)));
            return new InformTarget(a, p, user,
                    secret(t, "authPassword", 8, f, kept.map(InformTarget::authPassword)),
                    secret(t, "privPassword", 8, f, kept.map(InformTarget::privPassword)),
                    range(integer(t, "retries", DEFAULT_RETRIES, f + ".retries"), 0, MAX_RETRIES, f + ".retries"),
                    range(integer(t, "timeoutMillis", DEFAULT_TIMEOUT_MILLIS, f + ".timeoutMillis"), 10,
                            MAX_TIMEOUT_MILLIS, f + ".timeoutMillis"));
        });
        int repeat = range(integer(o, "repeatNotifyIntervalSeconds", DEFAULT_REPEAT_INTERVAL,
                "repeatNotifyIntervalSeconds"), 0, 86_400, "repeatNotifyIntervalSeconds");
        SystemGroup system = new SystemGroup(text(o, "sysName"), text(o, "sysContact"), text(o, "sysLocation"));
        int heartbeat = range(integer(o, "heartbeatIntervalSeconds", DEFAULT_HEARTBEAT_INTERVAL,
                "heartbeatIntervalSeconds"), 0, 86_400, "heartbeatIntervalSeconds");
        int history = range(integer(o, "clearedHistorySize", DEFAULT_CLEARED_HISTORY_SIZE, "clearedHistorySize"), 0,
                MAX_CLEARED_HISTORY_SIZE, "clearedHistorySize");
        return new SnmpConfig(address, port, community, users, traps, informs, repeat, heartbeat, history, system);
    }

    /** null: v1/v2c reads off; left out: the stored one (none in the file); shown object: the stored one. */
    private static String readCommunity(JsonObject o, SnmpConfig stored) {
        JsonValue v = o.get("readCommunity");
        if (stored != null && (v == null || v.getValueType() == JsonValue.ValueType.OBJECT)) {
            if (v != null && stored.readCommunity() == null) {
                throw new InvalidInputException("readCommunity", "no community is stored to keep: send one, or null"
                        + " for no v1/v2c reads");
            }
            return stored.readCommunity();
        }
        String community = string(o, "readCommunity", null, "readCommunity");
        return community == null ? null : secret(community, 1, "readCommunity");
    }

    /**
     * The stored entry a replacement's entry keeps its secrets from: {@code entry} names it in the refusal when
     * there is none. {@code replacing} is false for the file, where every secret must be given.
     */
    private record Kept<T>(boolean replacing, String entry, T stored) {

        static <T> Kept<T> of(SnmpConfig config, String entry, Function<SnmpConfig, Stream<T>> same) {
            return new Kept<>(config != null, entry, config == null ? null : same.apply(config).findFirst().orElse(null));
        }

        Kept<String> map(Function<T, String> secret) {
            return new Kept<>(replacing, entry, stored == null ? null : secret.apply(stored));
        }
    }

    /** A secret member of an entry: given, or (replacing) left out or shown: kept. */
    private static String secret(JsonObject o, String name, int minLength, String entryField, Kept<String> kept) {
        String field = entryField + "." + name;
        JsonValue v = o.get(name);
        if (kept.replacing() && (v == null || v.getValueType() == JsonValue.ValueType.OBJECT)) {
            if (kept.stored() == null) {
                throw new InvalidInputException(field, "is required: " + kept.entry() + " is new, there is no stored "
                        + name + " to keep");
            }
            return kept.stored();
        }
        return secret(string(o, name, null, field), minLength, field);
    }

    /** As in the file: with the secrets. */
    public JsonObject toJson() {
        return toJson(Json::createValue);
    }

    /**
     * As {@code GET /api/snmp/config} shows it: each secret as {@code {"set": true, "fingerprint": "..."}}; a
     * read community that is off as null.
     */
    public JsonObject toShownJson(SecretFingerprint fingerprint) {
        return toJson(secret -> Json.createObjectBuilder().add("set", true).add("fingerprint", fingerprint.of(secret))
                .build());
    }

    private JsonObject toJson(Function<String, JsonValue> secret) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("address", address).add("port", port)
                .add("readCommunity", readCommunity == null ? JsonValue.NULL : secret.apply(readCommunity));
        JsonArrayBuilder users = Json.createArrayBuilder();
        readUsers.forEach(u -> users.add(Json.createObjectBuilder().add("user", u.user())
                .add("authPassword", secret.apply(u.authPassword())).add("privPassword", secret.apply(u.privPassword()))));
        JsonArrayBuilder traps = Json.createArrayBuilder();
        trapTargets.forEach(t -> traps.add(Json.createObjectBuilder().add("address", t.address()).add("port", t.port())
                .add("community", secret.apply(t.community()))));
        JsonArrayBuilder informs = Json.createArrayBuilder();
        informTargets.forEach(t -> informs.add(Json.createObjectBuilder().add("address", t.address())
                .add("port", t.port()).add("user", t.user()).add("authPassword", secret.apply(t.authPassword()))
                .add("privPassword", secret.apply(t.privPassword())).add("retries", t.retries())
                .add("timeoutMillis", t.timeoutMillis())));
        return b.add("readUsers", users).add("trapTargets", traps).add("informTargets", informs)
                .add("repeatNotifyIntervalSeconds", repeatNotifyIntervalSeconds)
                .add("heartbeatIntervalSeconds", heartbeatIntervalSeconds)
                .add("clearedHistorySize", clearedHistorySize).add("sysName", system.name())
                .add("sysContact", system.contact()).add("sysLocation", system.location()).build();
    }

    /** The file's text. */
    public String toJsonText() {
        return pretty(toJson());
    }

    public static String pretty(JsonObject json) {
        StringWriter out = new StringWriter();
        JsonWriterFactory f = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter w = f.createWriter(out)) {
            w.writeObject(json);
        }
        return out.toString().strip() + "\n";
    }

    // ---- validation helpers ----

    private interface Element<T> {
        T read(JsonObject o, String field);
    }

    private static <T> List<T> list(JsonObject o, String name, Element<T> element) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException(name, "must be an array");
        }
        JsonArray a = v.asJsonArray();
        List<T> result = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String field = name + "[" + i + "]";
            if (a.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException(field, "must be an object");
            }
            result.add(element.read(a.getJsonObject(i), field));
        }
        return result;
    }

    private static String string(JsonObject o, String name, String fallback, String field) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new InvalidInputException(field, "must be a string");
    }

    /** A system group text: empty when left out; printable, at most {@link SystemGroup#MAX_LENGTH} characters. */
    private static String text(JsonObject o, String name) {
        String value = string(o, name, "", name);
        if (value.length() > SystemGroup.MAX_LENGTH || !value.chars().allMatch(c -> c >= 32 && c != 127)) {
            throw new InvalidInputException(name, "must have at most " + SystemGroup.MAX_LENGTH
                    + " printable characters");
        }
        return value;
    }

    private static int integer(JsonObject o, String name, int fallback, String field) {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            return n.intValue();
        }
        throw new InvalidInputException(field, "must be an integer");
    }

    private static int parseInt(String s, String field) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be an integer, was " + s);
        }
    }

    private static int range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, "must be " + min + ".." + max + ", was " + value);
        }
        return value;
    }

    private static int port(int value, String field) {
        return range(value, 1, 65535, field);
    }

    private static String secret(String value, int minLength, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        if (value.length() < minLength || value.length() > 64) {
            throw new InvalidInputException(field, "must have " + minLength + "..64 characters");
        }
        if (!value.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new InvalidInputException(field, "must be printable ASCII without spaces");
        }
        return value;
    }

    /** An IPv4 literal: no name lookups, neither at configuration time nor on the notification path. */
    static String ipAddress(String value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        var m = IPV4.matcher(value);
        if (!m.matches()) {
            throw new InvalidInputException(field, "must be an IPv4 address such as 127.0.0.1, was " + value);
        }
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(m.group(i)) > 255) {
                throw new InvalidInputException(field, "must be an IPv4 address such as 127.0.0.1, was " + value);
            }
        }
        return value;
    }
}
