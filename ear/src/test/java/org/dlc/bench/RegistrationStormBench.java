package org.dlc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dlc.handset.Ipei;
import org.dlc.it.Api;
import org.dlc.it.Licenses;
import org.dlc.it.Server;
import org.dlc.it.Trapd;
import org.dlc.it.Users;
import org.junit.jupiter.api.Test;

/**
 * The benchmark of issue 6 (docs/benchmarks.md): run by {@code ./mvnw -Pbench verify} only. Reports figures;
 * fails only when a verification (counts) fails, never on a time.
 */
class RegistrationStormBench {

    static final int CONCURRENCY = 64;
    static final int STORM = Integer.getInteger("bench.storm", 20_000);
    static final int WARMUP_HANDSETS = STORM / 20;
    static final int SEIZURES = 1_000;
    static final int SEIZURE_FREE = 500;
    static final int TRAPS = 100;
    static final int TRAP_WARMUP = 20;
    static final int SCALE = Integer.getInteger("bench.scale", 100_000);

    static final int STORM_BASE = 1_000_000;
    static final int WARMUP_BASE = 1_100_000;
    static final int SEIZURE_BASE = 1_200_000;
    static final int TRAP_BASE = 1_300_000;
    static final int BURST_BASE = 1_400_000;
    /** The paced burst: this many alarms 12 at this rate, each to one v2c trap target. */
    static final int BURST = Integer.getInteger("bench.burst", 2_000);
    static final int BURST_RATE = Integer.getInteger("bench.burst.rate", 500);
    /** -Dbench.stages=storm,trap,burst,... runs only these (default: all). */
    static final List<String> STAGES = List.of(System.getProperty("bench.stages",
            "storm,seizures,trap,burst,scale").split(","));
    static final int FILL_BASE = 2_000_000;
    static final int EMC = 12345;

    enum Kind { MITEL, LICENSED, PASSIVE, UNLICENSED }

    private final Report report = new Report();
    /** A person's credentials (PBKDF2, 20 000 iterations at each request): the commands. */
    private String auth;
    /** The DECT controller's generated secret (one HMAC at each request): the air interface and the ping. */
    private String controller;
    private final List<String> failures = new ArrayList<>();

    static Kind kind(int i) {
        int m = i % 20;
        return m < 12 ? Kind.MITEL : m < 18 ? Kind.LICENSED : m == 18 ? Kind.PASSIVE : Kind.UNLICENSED;
    }

    @Test
    void bench() throws Exception {
        Server.ensureStarted();
        auth = Load.basic(Users.ADMIN, Users.adminPassword());
        assertEquals(200, Api.get("/api/ping").status(), "the bench runs as the administrator of Users");
        controller = Load.basic("bench-dect", dectControllerSecret("bench-dect"));

        Load.Result ping = ping();
        stage("storm", () -> storm(ping));
        stage("seizures", this::seizureContention);
        stage("trap", this::alarmToTrap);
        stage("burst", this::pacedTrapBurst);
        stage("scale", this::scale);

        report.print();
        report.write(Path.of("target/bench/results.json"));
        assertTrue(failures.isEmpty(), "verifications failed: " + failures);
    }

    interface Stage {
        void run() throws Exception;
    }

    /** A failed verification is reported and fails the bench at the end; the other stages still run. */
    private void stage(String name, Stage stage) throws Exception {
        if (!STAGES.contains(name)) {
            return;
        }
        try {
            stage.run();
        } catch (AssertionError e) {
            failures.add(name + ": " + e.getMessage());
            report.failed(name + ": " + e.getMessage());
        }
    }

    /** The DECT controller's account (created, or given a new secret when a kept database has it). */
    private static String dectControllerSecret(String name) {
        Api.Reply created = Api.post("/api/users", "{\"name\":\"" + name + "\",\"role\":\"dect-controller\"}");
        Api.Reply issued = created.status() == 409 ? Api.post("/api/users/" + name + "/secret", "") : created;
        assertTrue(issued.status() == 200 || issued.status() == 201, issued.toString());
        return issued.json().getString("secret");
    }

    // ---- 1. ping baseline ----

    /**
     * The baseline is the DECT controller's ping: the same client, credentials and filters as its registrations.
     * Beside it, for scale: the same ping with a person's password, and the open health check.
     */
    private Load.Result ping() {
        IntFunction<HttpRequest> asController = i -> Load.request("/api/ping").header("Authorization", controller).GET().build();
        IntFunction<HttpRequest> asPerson = i -> Load.request("/api/ping").header("Authorization", auth).GET().build();
        IntFunction<HttpRequest> open = i -> Load.request("/api/health").GET().build();
        Load.Check ok200 = (i, r) -> r.statusCode() == 200;
        int n = Math.min(STORM, 10_000);
        Load.run("warm-up", n / 3, CONCURRENCY, asController, ok200);
        Load.run("warm-up", n / 3, CONCURRENCY, open, ok200);
        Load.Result ping = Load.run("ping (GET /api/ping, Basic auth, DECT controller)", n, CONCURRENCY, asController, ok200);
        report.load(ping, null);
        Load.Result health = Load.run("health (GET /api/health, no auth)", n, CONCURRENCY, open, ok200);
        report.load(health, ping);
        Load.Result person = Load.run("ping (GET /api/ping, Basic auth, a person's password)", n / 5, CONCURRENCY, asPerson, ok200);
        report.load(person, ping);
        assertEquals(0, ping.errors(), ping.firstErrors().toString());
        return ping;
    }

    // ---- 2. registration storm ----

    private void storm(Load.Result ping) {
        int licensedStorm = (int) IntStream.range(0, STORM).filter(i -> kind(i) == Kind.LICENSED).count();
        int licensedWarmup = (int) IntStream.range(0, WARMUP_HANDSETS).filter(i -> kind(i) == Kind.LICENSED).count();
        Licenses.install(licensedStorm + licensedWarmup);
        long t0 = System.nanoTime();
        importHandsets(STORM_BASE, STORM);
        importHandsets(WARMUP_BASE, WARMUP_HANDSETS);
        report.figure("set-up: import of " + (STORM + WARMUP_HANDSETS) + " DECT extensions (POST /api/transfer)",
                "s", (System.nanoTime() - t0) / 1e9);

        // Warm-up: the same kinds of request on other handsets, first and repeated registrations.
        register("warm-up", WARMUP_BASE, WARMUP_HANDSETS);
        register("warm-up", WARMUP_BASE, WARMUP_HANDSETS);
        register("warm-up", WARMUP_BASE, WARMUP_HANDSETS);

        Load.Result first = register("storm: first registrations", STORM_BASE, STORM);
        report.load(first, ping);
        Load.Result again = register("storm: re-registrations", STORM_BASE, STORM);
        report.load(again, ping);
        assertEquals(0, first.errors(), first.firstErrors().toString());
        assertEquals(0, again.errors(), again.firstErrors().toString());

        // Verification through the API.
        JsonObject license = Api.get("/api/license").json();
        assertEquals(licensedStorm + licensedWarmup, license.getInt("used"), license.toString());
        Set<String> rejected = new HashSet<>();
        Set<String> passive = new HashSet<>();
        collect(STORM_BASE, STORM, rejected, passive);
        collect(WARMUP_BASE, WARMUP_HANDSETS, rejected, passive);
        List<JsonObject> active = Api.get("/api/alarms").jsonArray().getValuesAs(JsonObject.class);
        Map<String, Integer> alarm12 = new TreeMap<>();
        for (JsonObject a : active) {
            if (a.getInt("code") == 12) {
                String dir = a.getString("additionalText").replace("Directory number =", "");
                assertEquals(null, alarm12.put(dir, a.getInt("count")), "two active alarms 12 for " + dir);
            }
        }
        assertEquals(rejected, alarm12.keySet(), "one alarm 12 per rejected handset (folded per directory number)");
        for (int i = 0; i < STORM; i++) {
            if (kind(i) == Kind.UNLICENSED) {
                assertEquals(2, alarm12.get(String.valueOf(STORM_BASE + i)), "first + re-registration fold into one");
            }
        }
        assertEquals(1, active.stream().filter(a -> a.getInt("code") == 14).count(), "exactly one active alarm 14");
        Set<String> diagnostics = Api.get("/api/diagnostics").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("directoryNumber")).collect(Collectors.toSet());
        assertEquals(passive, diagnostics, "diagnostic list == passive set");
        report.check("storm: used licenses == licensed (" + (licensedStorm + licensedWarmup) + "), alarm 12 for each of "
                + rejected.size() + " rejected, one alarm 14, diagnostic list == " + passive.size() + " passive");
    }

    private static void collect(int base, int n, Set<String> rejected, Set<String> passive) {
        for (int i = 0; i < n; i++) {
            switch (kind(i)) {
                case UNLICENSED -> rejected.add(String.valueOf(base + i));
                case PASSIVE -> passive.add(String.valueOf(base + i));
                default -> { }
            }
        }
    }

    private Load.Result register(String name, int base, int n) {
        return Load.run(name, n, CONCURRENCY, i -> registration(base + i, kind(i)),
                (i, r) -> r.statusCode() == 200
                        && r.body().contains(kind(i) == Kind.UNLICENSED ? "\"REJECTED\"" : "\"ACCEPTED\""));
    }

    private HttpRequest registration(int dir, Kind kind) {
        String identity = kind == Kind.MITEL ? "\"manic\":8,\"modic\":" + (1 + dir % 9) : "\"manic\":10,\"modic\":77";
        return Load.request("/api/dect/location-registrations").header("Authorization", controller)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ipei\":\"" + Ipei.of(EMC, dir).value() + "\"," + identity + "}"))
                .build();
    }

    /** Extensions with a DECT subscription whose access rights are granted, by the bulk import, 5 000 a request. */
    private static void importHandsets(int base, int n) {
        importExtensions(base, n, i -> {
            Kind kind = kind(i);
            int dir = base + i;
            return "{\"directoryNumber\":\"" + dir + "\",\"lim\":1,\"thirdPartyClient\":" + (kind == Kind.LICENSED)
                    + ",\"dect\":{\"ipei\":\"" + Ipei.of(EMC, dir).value() + "\",\"authenticationKey\":\"1234\""
                    + ",\"subscribedBeforeEnforcement\":" + (kind == Kind.PASSIVE)
                    + ",\"accessRightsGranted\":true,\"state\":\"SUBSCRIBED\"}}";
        });
    }

    private static void importExtensions(int base, int n, IntFunction<String> extension) {
        for (int from = 0; from < n; from += 5_000) {
            int to = Math.min(n, from + 5_000);
            String list = IntStream.range(from, to).mapToObj(extension).collect(Collectors.joining(",\n"));
            Api.Reply r = Api.post("/api/transfer", "{\"format\":1,\"exportedAt\":\"2026-01-01T00:00:00Z\","
                    + "\"extensions\":[" + list + "]}");
            assertEquals(200, r.status(), r.body());
        }
    }

    // ---- 3. seizure contention ----

    private void seizureContention() {
        int warm = 200;
        importExtensions(SEIZURE_BASE, SEIZURES + warm,
                i -> "{\"directoryNumber\":\"" + (SEIZURE_BASE + i) + "\",\"lim\":1,\"thirdPartyClient\":false}");
        Licenses.leaveFree(warm / 2);
        seize("warm-up", SEIZURE_BASE + SEIZURES, warm);
        Licenses.leaveFree(SEIZURE_FREE);
        int usedBefore = Api.get("/api/license").json().getInt("used");
        int[] statuses = new int[SEIZURES];
        Load.Result r = seize("seizure: " + SEIZURES + " x extension -c --third-party-client yes on " + SEIZURE_FREE + " free",
                SEIZURE_BASE, SEIZURES, statuses);
        report.load(r, null);
        long granted = IntStream.of(statuses).filter(s -> s == 200).count();
        long refused = IntStream.of(statuses).filter(s -> s == 409).count();
        assertEquals(0, r.errors(), r.firstErrors().toString());
        assertEquals(SEIZURE_FREE, granted, "granted");
        assertEquals(SEIZURES - SEIZURE_FREE, refused, "refused");
        JsonObject license = Api.get("/api/license").json();
        assertEquals(usedBefore + SEIZURE_FREE, license.getInt("used"), license.toString());
        assertEquals(0, license.getInt("free"), license.toString());
        assertEquals(0, license.getInt("excess"), license.toString());
        long total = Api.get("/api/extensions?from=" + SEIZURE_BASE + "&to=" + (SEIZURE_BASE + SEIZURES - 1)
                + "&limit=" + SEIZURES).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getBoolean("thirdPartyClient")).count();
        assertEquals(SEIZURE_FREE, total, "extensions holding a license");
        report.check("seizure: exactly " + granted + " granted, " + refused + " refused, pool used " + license.getInt("used")
                + " of " + license.getInt("allowed"));
    }

    private Load.Result seize(String name, int base, int n) {
        return seize(name, base, n, new int[n]);
    }

    private Load.Result seize(String name, int base, int n, int[] statuses) {
        return Load.run(name, n, CONCURRENCY,
                i -> Load.request("/api/commands").header("Authorization", auth).header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("extension -c -d " + (base + i) + " --third-party-client yes"))
                        .build(),
                (i, r) -> {
                    statuses[i] = r.statusCode();
                    return r.statusCode() == 200 || r.statusCode() == 409;
                });
    }

    // ---- 5. alarm to trap ----

    private void alarmToTrap() {
        String community = "bench-trap-c0mmunity";
        try (Trapd trapd = new Trapd(community, "nobodyv3", "unused-auth-pw", "unused-priv-pw")) {
            JsonObject current = Api.get("/api/snmp/config").json();
            String config = Json.createObjectBuilder(current)
                    .add("trapTargets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("address", "127.0.0.1").add("port", trapd.port).add("community", community)))
                    .add("informTargets", JsonValue.EMPTY_JSON_ARRAY)
                    .build().toString();
            Api.Reply put = Api.put("/api/snmp/config", "application/json", config);
            assertEquals(200, put.status(), put.body());
            int n = TRAP_WARMUP + TRAPS;
            importExtensions(TRAP_BASE, n, i -> "{\"directoryNumber\":\"" + (TRAP_BASE + i) + "\",\"lim\":1"
                    + ",\"dect\":{\"ipei\":\"" + Ipei.of(EMC, TRAP_BASE + i).value() + "\",\"authenticationKey\":\"1234\""
                    + ",\"subscribedBeforeEnforcement\":false,\"accessRightsGranted\":true,\"state\":\"SUBSCRIBED\"}}");
            long[] nanos = new long[TRAPS];
            for (int i = 0; i < n; i++) {
                int dir = TRAP_BASE + i;
                HttpResponse<String> r = send(Load.CLIENT, registration(dir, Kind.UNLICENSED));
                long answered = System.nanoTime();
                assertTrue(r.body().contains("\"REJECTED\""), r.body());
                String text = "STRING: Directory number =" + dir;
                long deadline = answered + 10_000_000_000L;
                Optional<Trapd.Notification> trap = Optional.empty();
                while (trap.isEmpty() && System.nanoTime() < deadline) {
                    trap = trapd.received().stream().filter(t -> t.is("dlcAlarm12Raised")
                            && t.varbinds().stream().anyMatch(v -> v.endsWith(text))).findFirst();
                    if (trap.isEmpty()) {
                        Thread.onSpinWait();
                    }
                }
                long arrived = System.nanoTime();
                assertTrue(trap.isPresent(), "no trap for the alarm 12 of " + dir + " within 10 s");
                if (i >= TRAP_WARMUP) {
                    nanos[i - TRAP_WARMUP] = arrived - answered;
                }
            }
            java.util.Arrays.sort(nanos);
            report.load(new Load.Result("alarm 12 to trap at snmptrapd (sequential, answered -> logged)", TRAPS,
                    0, 0, nanos, List.of()), null);
        }
    }

    // ---- 6. a paced burst of traps ----

    /**
     * {@link #BURST} alarms 12 raised at {@link #BURST_RATE}/s (each a distinct extension; one client thread sends
     * each registration at its due time without waiting for the answers), one v2c trap each to a real snmptrapd: how many arrive, against the agent's own count of
     * notifications sent. Unpaced bursts overflow the receiver's socket buffer (stack notes); this is the rate an
     * NMS sees after a power cut, when every unlicensed handset registers once.
     */
    private void pacedTrapBurst() throws Exception {
        String community = "bench-burst-c0mmunity";
        try (Trapd trapd = new Trapd(community, "nobodyv3", "unused-auth-pw", "unused-priv-pw")) {
            JsonObject current = Api.get("/api/snmp/config").json();
            Api.Reply put = Api.put("/api/snmp/config", "application/json", Json.createObjectBuilder(current)
                    .add("trapTargets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("address", "127.0.0.1").add("port", trapd.port).add("community", community)))
                    .add("informTargets", JsonValue.EMPTY_JSON_ARRAY).build().toString());
            assertEquals(200, put.status(), put.body());
            importExtensions(BURST_BASE, BURST, i -> "{\"directoryNumber\":\"" + (BURST_BASE + i) + "\",\"lim\":1"
                    + ",\"dect\":{\"ipei\":\"" + Ipei.of(EMC, BURST_BASE + i).value() + "\",\"authenticationKey\":\"1234\""
                    + ",\"subscribedBeforeEnforcement\":false,\"accessRightsGranted\":true,\"state\":\"SUBSCRIBED\"}}");
            long sentBefore = Api.get("/api/snmp/status").json().getJsonNumber("notificationsSent").longValue();
            long start = System.nanoTime();
            long interval = 1_000_000_000L / BURST_RATE;
            // Sent at their due times without waiting for the answers (at most the server's pace, if slower).
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                long due = start + i * interval;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                answers.add(Load.CLIENT.sendAsync(registration(BURST_BASE + i, Kind.UNLICENSED),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (java.util.concurrent.CompletableFuture<HttpResponse<String>> a : answers) {
                String body = a.join().body();
                assertTrue(body.contains("\"REJECTED\""), body);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long deadline = System.currentTimeMillis() + 15_000;
            long received;
            do {
                Thread.sleep(200);
                received = trapd.received().stream().filter(t -> t.is("dlcAlarm12Raised")).count();
            } while (received < BURST && System.currentTimeMillis() < deadline);
            long sent = Api.get("/api/snmp/status").json().getJsonNumber("notificationsSent").longValue() - sentBefore;
            report.figure("paced burst: alarms 12 raised (registrations answered)", "", BURST);
            report.figure("paced burst: rate asked", "/s", BURST_RATE);
            report.figure("paced burst: rate achieved (all answered)", "/s", BURST / seconds);
            report.figure("paced burst: traps sent by the agent", "", sent);
            report.figure("paced burst: traps decoded by snmptrapd", "", received);
            assertEquals(BURST, sent, "one trap sent per alarm");
        }
    }

    // ---- 4. scale ----

    private void scale() throws IOException {
        long rssBefore = rssKiB();
        int existing = Api.get("/api/extensions?limit=1").json().getInt("total");
        int fill = Math.max(0, SCALE - existing);
        long t0 = System.nanoTime();
        importExtensions(FILL_BASE, fill, i -> "{\"directoryNumber\":\"" + (FILL_BASE + i) + "\",\"lim\":1}");
        report.figure("set-up: import of " + fill + " more extensions (POST /api/transfer)", "s", (System.nanoTime() - t0) / 1e9);
        JsonObject first = Api.get("/api/extensions?limit=1").json();
        int total = first.getInt("total");
        int dect = Api.get("/api/extensions?limit=1&terminalType=DECT").json().getInt("total");
        report.figure("scale: extensions", "", total);
        report.figure("scale: DECT extensions", "", dect);

        HttpClient pages = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        send(pages, Load.request("/index.xhtml").GET().build());
        String form = "j_username=" + URLEncoder.encode(Users.ADMIN, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(Users.adminPassword(), StandardCharsets.UTF_8);
        send(pages, Load.request("/j_security_check").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());

        timed("scale: extension_info -d all --terminal-info (command, full printout)", () -> {
            HttpResponse<String> r = send(Load.CLIENT, command("extension_info -d all --terminal-info"));
            assertEquals(200, r.statusCode(), r.body().substring(0, Math.min(500, r.body().length())));
            assertTrue(r.body().lines().count() >= total, "one line per extension");
        });
        timed("scale: GET /api/extensions first page (100)", () -> {
            HttpResponse<String> r = send(Load.CLIENT, Load.request("/api/extensions?offset=0&limit=100")
                    .header("Authorization", auth).GET().build());
            assertEquals(200, r.statusCode(), r.body());
        });
        timed("scale: extension_info.xhtml first page (logged-in session)", () -> {
            HttpResponse<String> r = send(pages, Load.request("/extension_info.xhtml").GET().build());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains(String.valueOf(STORM_BASE)), "the page lists the first extensions");
        });
        timed("scale: diagnostic_print (command)", () -> {
            HttpResponse<String> r = send(Load.CLIENT, command("diagnostic_print"));
            assertEquals(200, r.statusCode(), r.body());
        });
        report.figure("server RSS before scale set-up", "MiB", rssBefore / 1024.0);
        report.figure("server RSS after scale figures", "MiB", rssKiB() / 1024.0);
    }

    private HttpRequest command(String line) {
        return Load.request("/api/commands").header("Authorization", auth).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(line)).build();
    }

    /** Two warm-up runs, then the median of five. */
    private void timed(String name, Runnable action) {
        action.run();
        action.run();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            action.run();
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        millis.sort(null);
        report.figure(name + " (median of 5; min " + Math.round(millis.get(0)) + ", max "
                + Math.round(millis.get(4)) + ")", "ms", millis.get(2));
    }

    private static long rssKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + Server.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS");
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
