package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dlc.license.DevelopmentKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Plain HTTP is served to loopback only. To ask from an address that is not loopback without leaving the machine,
 * the single server runs in a network namespace of the test's own, whose only links are its loopback and a veth
 * pair to this namespace (TEST-NET-2 addresses, RFC 5737); it listens on all of the namespace's addresses. A
 * request from this side of the veth comes from outside loopback. Requests are made with curl (as mdsh does),
 * which can name the host of the certificate ({@code --resolve}) and the source address ({@code --interface}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutsideLoopbackIT {

    private static final int OFFSET = Server.PORT_OFFSET;
    private static final String NAMESPACE = "dlc-it-" + OFFSET;
    private static final String OUTSIDE_LINK = "dlc" + OFFSET + "o";
    private static final String INSIDE_LINK = "dlc" + OFFSET + "i";
    /** A /30 of 198.51.100.0/24 per port offset, so concurrent runs with other offsets do not meet. */
    private static final int SUBNET = (OFFSET / 100 % 64) * 4;
    private static final String OUTSIDE = "198.51.100." + (SUBNET + 1);
    private static final String INSIDE = "198.51.100." + (SUBNET + 2);
    private static final int HTTP = 8080 + OFFSET;
    private static final int HTTPS = 8443 + OFFSET;

    private Node server;

    @BeforeAll
    void start() {
        Tls.trustEverywhere();
        stop();
        run("ip", "netns", "add", NAMESPACE);
        run("ip", "link", "add", OUTSIDE_LINK, "type", "veth", "peer", "name", INSIDE_LINK);
        run("ip", "link", "set", INSIDE_LINK, "netns", NAMESPACE);
        run("ip", "addr", "add", OUTSIDE + "/30", "dev", OUTSIDE_LINK);
        run("ip", "link", "set", OUTSIDE_LINK, "up");
        inside("ip", "addr", "add", INSIDE + "/30", "dev", INSIDE_LINK);
        inside("ip", "link", "set", INSIDE_LINK, "up");
        inside("ip", "link", "set", "lo", "up");
        var base = Server.SERVER_DIR.toAbsolutePath().getParent().resolve("outside-loopback");
        List<String> options = new ArrayList<>(List.of("-Djboss.bind.address=0.0.0.0",
                "-Ddlc.data.dir=" + base.resolve("data"), "-Ddlc.snmp.port=" + (1161 + OFFSET)));
        options.addAll(Server.tlsOptions());
        server = new Node("outside-loopback", Server.SERVER_DIR, base, OFFSET, options, java.util.Map.of())
                .inNamespace(NAMESPACE);
        DevelopmentKey.createIfAbsent(base.resolve("data"));
        server.start(() -> {
            try {
                return "200".equals(curl(List.of("ip", "netns", "exec", NAMESPACE), List.of(),
                        "http://127.0.0.1:" + HTTP + "/dlc/api/health"));
            } catch (IllegalStateException e) {
                return false; // not listening yet
            }
        });
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
        runIgnoringFailure("ip", "netns", "del", NAMESPACE);
        runIgnoringFailure("ip", "link", "del", OUTSIDE_LINK);
    }

    @Test
    void http_from_outside_loopback_is_refused_https_is_served() {
        assertEquals("403", curl(List.of(), "http://" + INSIDE + ":" + HTTP + "/dlc/api/health"));
        assertEquals("403", curl(List.of(), "http://" + INSIDE + ":" + HTTP + "/dlc/login.xhtml"));
        assertEquals("200", curl(List.of("--cacert", Tls.CA_FILE.toString(), "--resolve",
                "localhost:" + HTTPS + ":" + INSIDE), "https://localhost:" + HTTPS + "/dlc/api/health"));
    }

    @Test
    void http_on_loopback_is_served_from_any_loopback_address() {
        List<String> inNamespace = List.of("ip", "netns", "exec", NAMESPACE);
        assertEquals("200", curl(inNamespace, List.of(), "http://127.0.0.1:" + HTTP + "/dlc/api/health"));
        assertEquals("200", curl(inNamespace, List.of("--interface", "127.0.0.2"),
                "http://127.0.0.1:" + HTTP + "/dlc/api/health"));
    }

    private static String curl(List<String> options, String url) {
        return curl(List.of(), options, url);
    }

    /** The HTTP status curl got. */
    private static String curl(List<String> prefix, List<String> options, String url) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "60"));
        command.addAll(options);
        command.add(url);
        return run(command.toArray(String[]::new)).strip();
    }

    private static void inside(String... command) {
        List<String> c = new ArrayList<>(List.of("ip", "netns", "exec", NAMESPACE));
        c.addAll(List.of(command));
        run(c.toArray(String[]::new));
    }

    private static String run(String... command) {
        return Commands.run(List.of(command));
    }

    private static void runIgnoringFailure(String... command) {
        try {
            run(command);
        } catch (IllegalStateException e) {
            // nothing left from an earlier run
        }
    }
}
