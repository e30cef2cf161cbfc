package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The production deployment (README, "Production deployment"): PostgreSQL, two cluster nodes provisioned from
 * target/server-ha, and WildFly's load balancer (target/server-lb) in front of them, all on loopback. Each node
 * has its own caches, so everything asserted here about one node's answers after a change on the other holds
 * only if nothing stale is kept (org.dlc.persistence.ClusterMode). Figures go to target/cluster/results.txt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Path TARGET = Server.SERVER_DIR.toAbsolutePath().getParent();
    private static final Path CLUSTER = TARGET.resolve("cluster");
    private static final int OFFSET_1 = Integer.getInteger("dlc.cluster.offset1", 600);
    private static final int OFFSET_2 = Integer.getInteger("dlc.cluster.offset2", 700);
    private static final int OFFSET_LB = (OFFSET_1 + OFFSET_2) / 2;
    /** MANIC 10 is third party in the shipped catalogue; 4000 is in no entry (until a test adds one). */
    private static final int THIRD_PARTY = 10;
    private static final int UNKNOWN = 4000;

    private final Cluster cluster = new Cluster(CLUSTER, OFFSET_1, OFFSET_2);
    private Postgres db;
    private Node node1;
    private Node node2;
    private Node lb;
    private final List<String> results = new ArrayList<>();

    @BeforeAll
    void start() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll));
        cluster.start();
        db = cluster.db();
        node1 = cluster.node1();
        node2 = cluster.node2();
        lb = new Node("lb", TARGET.resolve("server-lb"), CLUSTER.resolve("lb"), OFFSET_LB,
                List.of("-Djboss.bind.address=127.0.0.1", "-Ddlc.lb.node1.port=" + (8443 + OFFSET_1),
                        "-Ddlc.lb.node2.port=" + (8443 + OFFSET_2), "-Ddlc.lb.truststore=" + Tls.TRUSTSTORE,
                        "-Ddlc.lb.truststore.password=" + Tls.PASSWORD,
                        // No keystore configured: the load balancer generates a self-signed certificate.
                        "-Ddlc.tls.keystore.password=lb-generated-keystore-secret"), Map.of());
        lb.start(lbOrigin() + "/dlc/api/health", LoadBalancerTrust.trustAll());
    }

    /** The load balancer's generated certificate names localhost (-Ddlc.tls.self-signed-host). */
    private static String lbOrigin() {
        return "https://localhost:" + (8443 + OFFSET_LB);
    }

    @AfterAll
    void stopAll() {
        if (lb != null) {
            lb.stop();
        }
        cluster.stop();
        try {
            Files.createDirectories(CLUSTER);
            Files.write(CLUSTER.resolve("results.txt"), results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void report(String line) {
        System.out.println("cluster: " + line);
        results.add(line);
    }

    @Test
    @Order(1)
    void the_schema_is_made_on_postgresql_as_on_derby_with_the_unique_ipei_index() {
        assertEquals(1, db.number("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'handset_ipei_unique'"
                + " AND indexdef LIKE 'CREATE UNIQUE INDEX%'"));
        String system = Api.at(node2.base(), () -> Api.get("/api/system")).body();
        assertTrue(system.contains("PostgreSQL"), system);
    }

    @Test
    @Order(2)
    void a_thousand_concurrent_seizures_over_both_nodes_on_500_free_licenses_grant_exactly_500() {
        List<String> dirs = IntStream.range(0, 1000).mapToObj(i -> String.valueOf(810000 + i)).toList();
        concurrently(16, dirs, (i, dir) -> on(i, () -> Api.post("/api/extensions",
                "{\"directoryNumber\":\"" + dir + "\"}")).status());
        Api.at(node1.base(), () -> {
            Licenses.leaveFree(500);
            return null;
        });
        List<Integer> statuses = concurrently(64, dirs, (i, dir) -> on(i, () -> Api.patch("/api/extensions/" + dir,
                "{\"thirdPartyClient\":true}")).status());

        assertEquals(500, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(500, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(500, db.number("SELECT used_count FROM license_pool"));
        assertEquals(500, db.number("SELECT allowed FROM license_pool"));
        assertEquals(500, db.number("SELECT COUNT(*) FROM extension WHERE third_party_client"
                + " AND directory_number LIKE '81____'"));
        for (Node n : List.of(node1, node2)) {
            String printout = Api.at(n.base(), () -> Api.command("license_status")).body();
            String row = printout.lines().filter(l -> l.contains("3RD-PARTY-SIP-EXTENSION")).findFirst().orElseThrow();
            assertEquals(List.of("500", "500"), numbers(row), n.name + ": " + printout);
        }
    }

    @Test
    @Order(3)
    void a_seizure_release_subscription_end_or_catalogue_change_on_node_1_decides_the_next_registration_on_node_2() {
        String dir = "820001";
        Api.at(node1.base(), () -> {
            assertEquals(200, Api.patch("/api/extensions/810000", "{\"thirdPartyClient\":false}").status());
            Handsets.extensionWithHandset(dir, true);
            return null;
        });
        assertEquals("ACCEPTED", register(node2, dir, THIRD_PARTY).getString("result"));

        assertEquals(200, Api.at(node1.base(), () -> Api.patch("/api/extensions/" + dir,
                "{\"thirdPartyClient\":false}")).status());
        assertEquals("REJECTED", register(node2, dir, THIRD_PARTY).getString("result"), "released on node 1");

        assertEquals(200, Api.at(node1.base(), () -> Api.patch("/api/extensions/" + dir,
                "{\"thirdPartyClient\":true}")).status());
        assertEquals("ACCEPTED", register(node2, dir, THIRD_PARTY).getString("result"), "seized on node 1");

        assertEquals(200, Api.at(node1.base(), () -> Api.patch("/api/extensions/" + dir,
                "{\"thirdPartyClient\":false}")).status());
        assertEquals("REJECTED", register(node2, dir, UNKNOWN).getString("result"));
        assertEquals(201, Api.at(node1.base(), () -> Api.post("/api/catalogue", "{\"manic\":" + UNKNOWN
                + ",\"modicFrom\":0,\"modicTo\":255,\"vendor\":\"Mitel\",\"model\":\"Cluster test\","
                + "\"mitel\":true}")).status());
        JsonObject exempt = register(node2, dir, UNKNOWN);
        assertEquals("ACCEPTED", exempt.getString("result"), "catalogue changed on node 1: " + exempt);
        assertEquals("ACCEPT_EXEMPT", exempt.getString("reason"));

        assertEquals(204, Api.at(node1.base(), () -> Api.delete("/api/extensions/" + dir + "/dect")).status());
        JsonObject ended = register(node2, dir, UNKNOWN);
        assertEquals("REJECTED", ended.getString("result"));
        assertEquals("IPEI not subscribed", ended.getString("reason"), "subscription ended on node 1");
    }

    @Test
    @Order(4)
    void each_node_publishes_its_registrations_latency_pool_and_alarms_as_prometheus_metrics() {
        String dir = "820002";
        Api.at(node1.base(), () -> {
            assertEquals(200, Api.patch("/api/extensions/810001", "{\"thirdPartyClient\":false}").status());
            Handsets.extensionWithHandset(dir, true);
            return null;
        });
        String before = metrics(node1);
        for (int i = 0; i < 3; i++) {
            assertEquals("ACCEPTED", register(node1, dir, THIRD_PARTY).getString("result"));
        }
        String after = metrics(node1);
        assertEquals(metric(before, "dlc_location_registrations_total", "decision=\"licensed\"", "node=\"node1\"") + 3,
                metric(after, "dlc_location_registrations_total", "decision=\"licensed\"", "node=\"node1\""), after);
        assertEquals(metric(before, "dlc_location_registration_duration_seconds_count", "node=\"node1\"") + 3,
                metric(after, "dlc_location_registration_duration_seconds_count", "node=\"node1\""), after);
        assertEquals(metric(before, "dlc_location_registration_duration_histogram_total", "le=\"+Inf\"",
                        "node=\"node1\"") + 3,
                metric(after, "dlc_location_registration_duration_histogram_total", "le=\"+Inf\"", "node=\"node1\""));
        assertTrue(metric(after, "dlc_location_registration_duration_histogram_total", "le=\"5.0\"", "node=\"node1\"")
                <= metric(after, "dlc_location_registration_duration_histogram_total", "le=\"+Inf\"", "node=\"node1\""));
        JsonObject pool = Api.at(node1.base(), () -> Api.get("/api/license")).json();
        assertEquals(pool.getInt("used"), metric(after, "dlc_license_pool_used", "node=\"node1\""));
        assertEquals(pool.getInt("allowed"), metric(after, "dlc_license_pool_allowed", "node=\"node1\""));
        long alarm12 = Api.at(node1.base(), () -> Api.get("/api/alarms")).jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getInt("code") == 12).count();
        assertEquals(alarm12, metric(after, "dlc_alarms_active", "code=\"12\"", "node=\"node1\""), after);
        assertTrue(alarm12 >= 1, "820001 was rejected");
        assertEquals(0, metric(after, "dlc_snmp_notifications_sent_total", "node=\"node1\""), "no targets configured");
        assertTrue(metrics(node2).contains("node=\"node2\""), "node 2 tags its own");
    }

    @Test
    @Order(5)
    void a_web_session_survives_the_loss_of_the_node_that_served_it_through_the_load_balancer() throws Exception {
        X509Certificate generated = LoadBalancerTrust.certificateOf(lbOrigin());
        assertEquals("CN=localhost", generated.getSubjectX500Principal().getName());
        assertEquals(generated.getSubjectX500Principal(), generated.getIssuerX500Principal(), "self-signed");
        assertTrue(Files.exists(Cluster.data(lb).getParent().resolve("data/dlc-tls.p12")), "kept for the next start");

        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().sslContext(LoadBalancerTrust.trusting(generated))
                .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        String dashboard = lbOrigin() + "/dlc/index.xhtml";
        assertTrue(get(browser, dashboard).contains("j_security_check"), "the login page first");
        HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(URI.create(lbOrigin()
                        + "/dlc/j_security_check")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password="
                        + URLEncoder.encode(Users.adminPassword(), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, loggedIn.statusCode());
        assertTrue(signedIn(get(browser, dashboard)), "the dashboard, signed in");
        HttpCookie session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).findFirst().orElseThrow();
        assertTrue(session.getSecure(), "the session cookie is Secure on HTTPS");
        Node served = session.getValue().endsWith(".node1") ? node1 : node2;
        assertTrue(session.getValue().endsWith("." + served.name), session.getValue());

        long killed = System.nanoTime();
        served.kill();
        String after = get(browser, dashboard);
        long failover = System.nanoTime() - killed;
        assertTrue(signedIn(after), "still signed in after " + served.name + " died: " + after);
        report("web session failover (kill -9 of " + served.name + " to the next page served signed in): "
                + TimeUnit.NANOSECONDS.toMillis(failover) + " ms");
        served.start(served.base() + "/api/health");
    }

    @Test
    @Order(6)
    void a_registration_storm_over_both_nodes_with_one_node_killed_loses_no_acknowledged_change() throws Exception {
        List<String> passive = IntStream.range(0, 50).mapToObj(i -> String.valueOf(830000 + i)).toList();
        List<String> licensed = IntStream.range(0, 200).mapToObj(i -> String.valueOf(831000 + i)).toList();
        List<String> rejected = IntStream.range(0, 100).mapToObj(i -> String.valueOf(832000 + i)).toList();
        List<String> mitel = IntStream.range(0, 100).mapToObj(i -> String.valueOf(833000 + i)).toList();
        Api.at(node1.base(), () -> {
            Handsets.migrated(passive.toArray(String[]::new));
            Licenses.leaveFree(licensed.size());
            return null;
        });
        concurrently(8, licensed, (i, dir) -> on(i, () -> {
            Handsets.extensionWithHandset(dir, true);
            return 0;
        }));
        concurrently(8, rejected, (i, dir) -> on(i, () -> {
            Handsets.extensionWithHandset(dir, false);
            return 0;
        }));
        concurrently(8, mitel, (i, dir) -> on(i, () -> {
            Handsets.extensionWithHandset(dir, false);
            return 0;
        }));
        long usedBefore = db.number("SELECT used_count FROM license_pool");

        record Attempt(String dir, int manic) {
        }
        List<Attempt> storm = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            passive.forEach(d -> storm.add(new Attempt(d, THIRD_PARTY)));
            licensed.forEach(d -> storm.add(new Attempt(d, THIRD_PARTY)));
            rejected.forEach(d -> storm.add(new Attempt(d, THIRD_PARTY)));
            mitel.forEach(d -> storm.add(new Attempt(d, 8)));
        }
        Collections.shuffle(storm, new Random(12));
        Map<String, AtomicInteger> answeredRejections = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> unanswered = new ConcurrentHashMap<>();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger answers = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        long started = System.nanoTime();
        concurrently(32, storm, (i, a) -> {
            if (answers.get() >= storm.size() / 3 && killed.compareAndSet(false, true)) {
                node2.kill();
            }
            // A DECT controller configured with both nodes tries the other one when one does not answer.
            for (Node n : i % 2 == 0 ? List.of(node1, node2) : List.of(node2, node1)) {
                try {
                    Api.Reply r = Api.at(n.base(), () -> Api.post("/api/dect/location-registrations",
                            "{\"ipei\":\"" + Handsets.ipei(a.dir()) + "\",\"manic\":" + a.manic() + ",\"modic\":1}"));
                    if (r.status() == 200) {
                        answers.incrementAndGet();
                        String result = r.json().getString("result");
                        acknowledged.merge(a.dir(), result, (x, y) -> y);
                        if (result.equals("REJECTED")) {
                            answeredRejections.computeIfAbsent(a.dir(), d -> new AtomicInteger()).incrementAndGet();
                        }
                        return r.status();
                    }
                    errors.incrementAndGet();
                } catch (UncheckedIOException e) {
                    errors.incrementAndGet();
                }
                unanswered.computeIfAbsent(a.dir(), d -> new AtomicInteger()).incrementAndGet();
            }
            return 0;
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        report(String.format("storm over both nodes, node2 killed after %d answers: %d registrations, %d acknowledged,"
                        + " %d errors (requests to the dead node, each retried on the other), %.1f s, %.0f acknowledged/s",
                storm.size() / 3, storm.size(), answers.get(), errors.get(), seconds, answers.get() / seconds));

        assertEquals(storm.size(), answers.get(), "every registration was answered by one node or the other");
        assertEquals(usedBefore, db.number("SELECT used_count FROM license_pool"), "registrations seize nothing");
        assertEquals(db.number("SELECT COUNT(*) FROM extension WHERE third_party_client"),
                db.number("SELECT used_count FROM license_pool"), "pool exact");
        assertTrue(db.number("SELECT used_count FROM license_pool") <= db.number("SELECT allowed FROM license_pool"));
        assertEquals(1, db.number("SELECT COUNT(*) FROM alarm WHERE code = 14 AND cleared_at IS NULL"), "one alarm 14");
        assertEquals(licensed.size() + mitel.size(), db.number("SELECT COUNT(*) FROM handset WHERE state = 'REGISTERED'"
                + " AND (directory_number LIKE '831___' OR directory_number LIKE '833___')"), "acknowledged accepts kept");
        assertEquals(passive.size(), db.number("SELECT COUNT(*) FROM handset WHERE state = 'PASSIVE'"
                + " AND directory_number LIKE '830___'"));
        assertEquals(rejected.size(), db.number("SELECT COUNT(*) FROM handset WHERE state = 'BLOCKED'"
                + " AND directory_number LIKE '832___'"));
        long exact = 0;
        for (String dir : rejected) {
            long count = db.number("SELECT COALESCE(SUM(occurrences), 0) FROM alarm WHERE code = 12 AND cleared_at IS NULL"
                    + " AND additional_text = 'Directory number =" + dir + "'");
            int answered = answeredRejections.getOrDefault(dir, new AtomicInteger()).get();
            int lost = unanswered.getOrDefault(dir, new AtomicInteger()).get();
            assertEquals(1, db.number("SELECT COUNT(*) FROM alarm WHERE code = 12 AND cleared_at IS NULL"
                    + " AND additional_text = 'Directory number =" + dir + "'"), dir + ": one alarm 12, folded");
            // A rejection committed by the killed node whose answer was lost is counted, never the other way round.
            assertTrue(count >= answered && count <= answered + lost, dir + ": " + count + " occurrences, "
                    + answered + " rejections answered, " + lost + " unanswered");
            exact += count == answered ? 1 : 0;
        }
        report("alarm 12: " + exact + " of " + rejected.size() + " rejected extensions count exactly the rejections"
                + " answered; the others also count one the killed node committed without answering");
    }

    @Test
    @Order(7)
    void readiness_goes_down_when_the_database_stops_and_up_when_it_is_back() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String ready = node1.base() + "/api/health/ready";
        assertEquals(200, status(client, ready));
        db.stop();
        try {
            HttpResponse<String> down = poll(client, ready, r -> r.statusCode() == 503);
            assertTrue(down.body().contains("\"DOWN\"") && down.body().contains("database"), down.body());
            HttpResponse<String> live = client.send(HttpRequest.newBuilder(URI.create(node1.base()
                    + "/api/health/live")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, live.statusCode(), "the node itself is alive: " + live.body());
        } finally {
            db.start();
        }
        HttpResponse<String> up = poll(client, ready, r -> r.statusCode() == 200);
        assertTrue(up.body().contains("\"UP\""), up.body());
    }

    /**
     * Exactly one node runs the SNMP agent (WildFly's singleton service elects it): it notifies the alarms raised
     * on the other node too, once; when it dies, the other takes over - the same engine, its sequence going on -
     * and the next alarm's trap arrives once.
     */
    @Test
    @Order(8)
    void one_node_runs_the_snmp_agent_and_the_other_takes_over_when_it_dies() throws Exception {
        NetSnmp.requireTools();
        for (Node n : List.of(node1, node2)) {
            if (!n.running()) {
                n.start(n.base() + "/api/health");
            }
        }
        try (Trapd trapd = new Trapd("cluster-trap-c0mmunity", "nobodyv3", "unused-auth-pw", "unused-priv-pw")) {
            Api.Reply put = Api.at(node1.base(), () -> Api.put("/api/snmp/config", "application/json",
                    "{\"readCommunity\":\"cluster-read-c0mmunity\",\"heartbeatIntervalSeconds\":0,"
                    + "\"trapTargets\":[{\"address\":\"127.0.0.1\",\"port\":" + trapd.port
                    + ",\"community\":\"cluster-trap-c0mmunity\"}]}"));
            assertEquals(200, put.status(), put.body());
            Node active = awaitAgent(List.of(node1, node2), Duration.ofSeconds(60));
            Node other = active == node1 ? node2 : node1;
            assertFalse(agentAnswers(other), "one agent: " + other.name + " does not listen");
            JsonObject engine = Api.at(active.base(), () -> Api.get("/api/snmp/status").json());

            raiseAlarm12(other, "8750");
            assertEquals(1, awaitTraps(trapd, "8750", Duration.ofSeconds(15)),
                    "raised on " + other.name + ", notified once by " + active.name);

            long killed = System.nanoTime();
            active.kill();
            awaitAgent(List.of(other), Duration.ofSeconds(120));
            long failover = System.nanoTime() - killed;
            report("SNMP agent failover (kill -9 of " + active.name + " to snmpget answered by " + other.name + "): "
                    + TimeUnit.NANOSECONDS.toMillis(failover) + " ms");
            JsonObject after = Api.at(other.base(), () -> Api.get("/api/snmp/status").json());
            assertEquals(engine.getString("engineId"), after.getString("engineId"), "the same engine");
            assertTrue(after.getInt("engineBoots") > engine.getInt("engineBoots"), after.toString());
            assertTrue(trapd.await(n -> n.isQualified("SNMPv2-MIB::coldStart"), 10_000).isPresent(),
                    "the new agent announces its start: a manager resynchronises");

            raiseAlarm12(other, "8751");
            assertEquals(1, awaitTraps(trapd, "8751", Duration.ofSeconds(15)), "the next alarm, once");
            assertTrue(after.getJsonNumber("notificationSequence").longValue()
                    >= engine.getJsonNumber("notificationSequence").longValue(), "the sequence goes on");
            active.start(active.base() + "/api/health");
            Api.at(other.base(), () -> Api.put("/api/snmp/config", "application/json", "{}"));
        }
    }

    private static void raiseAlarm12(Node node, String dir) {
        Api.at(node.base(), () -> {
            Handsets.extensionWithHandset(dir, false);
            return null;
        });
        assertEquals("REJECTED", register(node, dir, THIRD_PARTY).getString("result"));
    }

    private static boolean agentAnswers(Node node) {
        return NetSnmp.run("snmpget", "-v2c", "-c", "cluster-read-c0mmunity", "-t", "1", "-r", "0",
                "udp:127.0.0.1:" + (1161 + node.offset), "SNMPv2-MIB::sysDescr.0").exit() == 0;
    }

    /** The node whose agent answers, the first seen within {@code limit}. */
    private static Node awaitAgent(List<Node> nodes, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            for (Node n : nodes) {
                if (agentAnswers(n)) {
                    return n;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no SNMP agent answered within " + limit + " on " + nodes.stream().map(n -> n.name).toList());
    }

    /** How many dlcAlarm12Raised name {@code dir}, counted 3 s after the first arrived (a duplicate would too). */
    private static long awaitTraps(Trapd trapd, String dir, Duration limit) throws InterruptedException {
        String named = "STRING: " + dir;
        java.util.function.Predicate<Trapd.Notification> match = n -> n.is("dlcAlarm12Raised")
                && n.varbinds().stream().anyMatch(v -> v.startsWith("DLC-MIB::dlcAlarmDirectoryNumber.") && v.endsWith(named));
        assertTrue(trapd.await(match, limit.toMillis()).isPresent(), "no trap for " + dir + ": " + trapd.received());
        Thread.sleep(3000);
        return trapd.received().stream().filter(match).count();
    }

    // ---- helpers

    /** Spreads calls over both nodes: even ones to node 1, odd ones to node 2. */
    private <T> T on(int i, Supplier<T> call) {
        return Api.at((i % 2 == 0 ? node1 : node2).base(), call);
    }

    private static JsonObject register(Node node, String dir, int manic) {
        return Api.at(node.base(), () -> Api.post("/api/dect/location-registrations",
                "{\"ipei\":\"" + Handsets.ipei(dir) + "\",\"manic\":" + manic + ",\"modic\":77}")).json();
    }

    private interface Call<T, R> {
        R apply(int index, T item) throws Exception;
    }

    private static <T, R> List<R> concurrently(int threads, List<T> items, Call<T, R> call) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> call.apply(index, items.get(index))));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> numbers(String row) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\w-])\\d+(?![\\w-])").matcher(row);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String metrics(Node node) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.management() + "/metrics"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of the one sample of {@code name} whose labels include all of {@code labels}. */
    private static long metric(String exposition, String name, String... labels) {
        List<String> lines = exposition.lines().filter(l -> l.startsWith(name + "{"))
                .filter(l -> List.of(labels).stream().allMatch(l::contains)).toList();
        assertEquals(1, lines.size(), name + " " + List.of(labels) + " in\n" + exposition);
        String value = lines.get(0).substring(lines.get(0).lastIndexOf(' ') + 1);
        return (long) Double.parseDouble(value);
    }

    private static boolean signedIn(String page) {
        return !page.contains("j_security_check") && page.contains("admin");
    }

    private static String get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int status(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Polls (bounded, not timed: the bound only stops a test that would otherwise hang). */
    private static HttpResponse<String> poll(HttpClient client, String url,
                                             Function<HttpResponse<String>, Boolean> until) throws Exception {
        HttpResponse<String> r = null;
        for (int i = 0; i < 240; i++) {
            r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (until.apply(r)) {
                return r;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(url + " stayed " + r.statusCode() + ": " + r.body());
    }
}
