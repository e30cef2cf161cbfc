package org.dlc.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** How the tools word a refused or failed request: one line, what the status means, the server's detail. */
class DlcClientTest {

    private static final String PROBLEM_403 = "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
            + "\"detail\":\"POST /api/migration needs the permission migration.run (role admin)\"}";
    private static final String PROBLEM_409 = "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
            + "\"detail\":\"extension 1003 exists\"}";

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void a_401_is_always_the_credentials_whatever_the_body_says() {
        String m = DlcClient.refusal("migration of the pre-enforcement system", 401, PROBLEM_409, "admin");
        assertEquals("migration of the pre-enforcement system: wrong user or password (user admin; set DLC_USER and"
                + " DLC_PASSWORD)", m);
        assertEquals("license status: wrong user or password (no user given; set DLC_USER and DLC_PASSWORD)",
                DlcClient.refusal("license status", 401, "", null));
    }

    @Test
    void a_403_names_the_user_and_the_permission_the_server_named() {
        assertEquals("migration of the pre-enforcement system: refused for user ro: POST /api/migration needs the"
                + " permission migration.run (role admin)",
                DlcClient.refusal("migration of the pre-enforcement system", 403, PROBLEM_403, "ro"));
        assertEquals("license file install: refused for user op: its role lacks the permission",
                DlcClient.refusal("license file install", 403, "", "op"));
    }

    @Test
    void a_409_says_what_exists() {
        assertEquals("extension 311 refused (conflict): extension 1003 exists",
                DlcClient.refusal("extension 311", 409, PROBLEM_409, "admin"));
    }

    @Test
    void other_statuses_give_the_status_and_the_first_line_of_a_body_that_is_no_problem() {
        assertEquals("license status failed: HTTP 500: <html><body>Internal Server Error</body></html>",
                DlcClient.refusal("license status", 500, "\n  <html><body>Internal Server Error</body></html>\n"
                        + "<p>more</p>", "admin"));
        assertEquals("license status failed: HTTP 502", DlcClient.refusal("license status", 502, "", "admin"));
        assertEquals("{not json", DlcClient.detail("{not json"));
        assertEquals(303, DlcClient.detail("x".repeat(1000)).length());
    }

    @Test
    void expect_ok_throws_the_refusal_with_its_status() {
        DlcClient.Failure f = assertThrows(DlcClient.Failure.class,
                () -> new DlcClient.Reply(409, PROBLEM_409, "admin").expectOk("extension 1003"));
        assertEquals(409, f.status());
        assertEquals("extension 1003 refused (conflict): extension 1003 exists", f.getMessage());
        assertEquals(200, new DlcClient.Reply(200, "{}", "admin").expectOk("anything").status());
    }

    @Test
    void a_server_that_is_not_there_is_named_by_the_url_tried() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        DlcClient client = new DlcClient("http://127.0.0.1:" + port + "/dlc", "admin", "pw");
        DlcClient.Failure f = assertThrows(DlcClient.Failure.class, () -> client.get("/api/license"));
        assertEquals(0, f.status());
        assertEquals("cannot reach the DLC server at http://127.0.0.1:" + port + "/dlc/api/license: connection"
                + " refused (is it running? DLC_URL names it)", f.getMessage());
    }

    @Test
    void a_real_401_through_http_reads_as_wrong_user_or_password() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "<html><body>Unauthorized</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"x\"");
            exchange.sendResponseHeaders(401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        DlcClient client = new DlcClient("http://127.0.0.1:" + server.getAddress().getPort() + "/dlc/", "admin", "bad");
        DlcClient.Reply reply = client.post("/api/migration", "{}");
        assertEquals(401, reply.status());
        DlcClient.Failure f = assertThrows(DlcClient.Failure.class, () -> reply.expectOk("migration"));
        assertEquals("migration: wrong user or password (user admin; set DLC_USER and DLC_PASSWORD)", f.getMessage());
    }

    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        private final RuntimeException failure;

        Failing(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() {
            throw failure;
        }
    }

    private static String[] run(RuntimeException failure, String... args) {
        CommandLine tools = DlcTools.commandLine();
        tools.addSubcommand("failing", new Failing(failure));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        tools.setOut(new PrintWriter(out, true));
        tools.setErr(new PrintWriter(err, true));
        int exit = tools.execute(args.length == 0 ? new String[] {"failing"} : args);
        return new String[] {Integer.toString(exit), out.toString(), err.toString()};
    }

    @Test
    void a_failed_tool_prints_one_line_on_stderr_and_exits_1_without_a_stack_trace() {
        String[] r = run(new DlcClient.Failure(401, "demo: wrong user or password (user admin; set DLC_USER and"
                + " DLC_PASSWORD)"));
        assertEquals("1", r[0]);
        assertEquals("", r[1]);
        assertEquals("dlc-tools failing: demo: wrong user or password (user admin; set DLC_USER and DLC_PASSWORD)"
                + System.lineSeparator(), r[2]);

        String[] other = run(new IllegalStateException("line one\n   line two"));
        assertEquals("1", other[0]);
        assertEquals("dlc-tools failing: line one line two" + System.lineSeparator(), other[2]);
        assertFalse(other[2].contains("\tat "), other[2]);
    }

    @Test
    void a_usage_error_is_one_line_pointing_at_help_and_exits_2() {
        String[] r = run(null, "simulate", "--ipei", "00019 0592015 3");
        assertEquals("2", r[0]);
        assertTrue(r[2].startsWith("dlc-tools simulate: Missing required option: '--auth-code=<authCode>'"), r[2]);
        assertTrue(r[2].endsWith("(see dlc-tools simulate --help)" + System.lineSeparator()), r[2]);
        assertEquals(1, r[2].lines().count(), r[2]);
    }
}
