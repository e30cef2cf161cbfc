package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dlc.license.DevelopmentKey;
import org.dlc.system.DevelopmentMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's guided tour and demo, pasted into one shell in either order on a server of its own that starts
 * on an empty data directory, as after the run command's first start: the first start's password change, the
 * tour, the DECT controller's account, the reports, and the demo (after the tour: the README's step that ends
 * the tour's subscription). The blocks are read from README.md ({@code <!-- readme-test: name -->}); the only
 * changes are the server's port and the controller's secret, which the README leaves to the reader to paste. Then
 * the tools' and mdsh's errors on that server: one line on stderr each, with a non-zero exit.
 * <p>
 * Its server runs beside the shared one (ports {@code dlc.port.offset} + 50, or {@code -Ddlc.readme.port.offset}),
 * from the same provisioned installation with a base directory and a data directory of its own under
 * {@code target/readme-tour/}.
 */
class ReadmeTourIT {

    private static final int OFFSET = Integer.getInteger("dlc.readme.port.offset", Server.PORT_OFFSET + 50);
    private static final int HTTP_PORT = 8080 + OFFSET;
    private static final String URL = "http://127.0.0.1:" + HTTP_PORT + "/dlc";
    private static final Path DIR = Server.SERVER_DIR.toAbsolutePath().getParent().resolve("readme-tour");
    private static final String TOOLS = "java -jar tools/target/dlc-tools-1.0.0-SNAPSHOT-all.jar";
    /** The password the README's first block sets. */
    private static final String PASSWORD = "a-long-secret";

    private Node server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    /** Starts a server on an empty data directory with a development key, as the run command's first start does. */
    private Path freshServer(String name) {
        Path data = DIR.resolve(name).resolve("data");
        Server.deleteRecursively(data);
        DevelopmentKey.createIfAbsent(data);
        List<String> options = new ArrayList<>(List.of("-Ddlc.data.dir=" + data,
                "-D" + DevelopmentMode.PROPERTY + "=true", "-Ddlc.snmp.port=" + (1161 + OFFSET)));
        options.addAll(Server.tlsOptions());
        server = new Node(name, Server.SERVER_DIR.toAbsolutePath(), DIR.resolve(name).resolve("server"), OFFSET,
                options, Map.of());
        server.start(URL + "/api/health");
        return data;
    }

    /** Runs {@code script} with bash in the repository, as a person who pasted it; stderr into the output. */
    private static Commands.Result bash(String script, Path data) {
        ProcessBuilder pb = new ProcessBuilder("bash", "-o", "pipefail", "-c", script)
                .directory(Server.PROJECT_DIR.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("DLC_"));
        // The run command's server is at localhost:8080, where mdsh and the tools look by default; this one is not.
        pb.environment().put("DLC_URL", URL);
        // README: "with another data directory ... set DLC_LICENSE_KEY".
        pb.environment().put("DLC_LICENSE_KEY", DevelopmentKey.privateKeyFile(data).toString());
        return Commands.result(pb, 300);
    }

    /** The README's blocks in this order, in one shell; @return each block's output by name */
    private static Map<String, String> paste(Path data, String... blocks) {
        StringBuilder script = new StringBuilder();
        for (String name : blocks) {
            script.append("printf '\\n=== %s ===\\n' '").append(name).append("'\n").append(adapted(Readme.block(name)));
        }
        Commands.Result shell = bash(script.toString(), data);
        Map<String, String> outputs = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\n=== ([a-z-]+) ===\n(.*?)(?=\n=== [a-z-]+ ===\n|\\z)", Pattern.DOTALL)
                .matcher(shell.out());
        while (m.find()) {
            outputs.put(m.group(1), m.group(2));
        }
        assertEquals(List.of(blocks), List.copyOf(outputs.keySet()), shell.out());
        assertFalse(shell.out().contains("Exception") || shell.out().contains("\tat "), "no stack trace: " + shell.out());
        return outputs;
    }

    /** The README's server is the run command's; the controller's secret is the one the server just generated. */
    private static String adapted(String block) {
        return block.replace("localhost:8080", "127.0.0.1:" + HTTP_PORT)
                .replace("'<the secret>'", "\"$(curl -s $A -XPOST 127.0.0.1:" + HTTP_PORT
                        + "/dlc/api/users/dect-1/secret | sed -n 's/.*\"secret\":\"\\([^\"]*\\)\".*/\\1/p')\"");
    }

    @Test
    void the_tour_then_the_demo_on_one_server() {
        Path data = freshServer("tour-then-demo");

        Map<String, String> out = paste(data, "first-start", "tour", "tour-controller", "tour-reports",
                "demo-after-tour", "demo");

        assertTour(out);
        assertEquals("", out.get("demo-after-tour").strip(), "the tour's subscription ended");
        assertDemo(out.get("demo"));

        toolErrors(data);
    }

    @Test
    void the_demo_then_the_tour_on_one_server() {
        Path data = freshServer("demo-then-tour");

        Map<String, String> out = paste(data, "first-start", "demo", "tour", "tour-controller", "tour-reports");

        assertDemo(out.get("demo"));
        assertTour(out);
    }

    private static void assertTour(Map<String, String> out) {
        String tour = out.get("tour");
        assertTrue(tour.contains("\"developmentMode\":true"), tour);
        assertTrue(tour.contains("\"directoryNumber\":\"6020\""), tour);
        assertTrue(tour.contains("Subscription OK"), tour);
        assertTrue(tour.contains("No Access"), tour);
        assertTrue(tour.contains("Directory number =6020"), "alarm 12 for the tour's handset: " + tour);
        assertTrue(tour.contains(Printouts.ALARM_12), tour);

        String controller = out.get("tour-controller");
        assertTrue(controller.contains("\"name\":\"dect-1\""), controller);
        assertTrue(controller.contains("\"role\":\"dect-controller\""), controller);
        assertTrue(controller.contains("access rights: ACCEPTED (Subscription OK)"), controller);
        assertTrue(controller.contains("location registration: REJECTED (No Access)"), controller);

        String reports = out.get("tour-reports");
        assertTrue(reports.contains("\"directoryNumber\":\"6020\""), "the tour's blocked handset is reported: " + reports);
        assertTrue(reports.contains("7001"), "the dry run reports the document's extension: " + reports);
        assertFalse(reports.contains("\"status\":4"), "no refusal: " + reports);
    }

    private static void assertDemo(String demo) {
        assertTrue(demo.contains("Demo loaded into " + URL + "."), demo);
        String extensionInfo = demo.substring(demo.indexOf(Printouts.EXTENSION_INFO_TITLE),
                demo.indexOf("Global status: "));
        assertEquals(DemoIT.EXTENSION_INFO_ROWS, Printouts.rowsOf(extensionInfo, DemoIT.DEMO), demo);
        assertTrue(Pattern.compile("(?m)^1   \\d+ +2    12   1   CTLP  " + Pattern.quote(Printouts.ALARM_12) + "$")
                .matcher(demo).find(), "alarm 12 (311): " + demo);
        assertTrue(Pattern.compile("(?m)^1   \\d+ +2    14   1   CTLP  " + Pattern.quote(Printouts.ALARM_14) + "$")
                .matcher(demo).find(), "alarm 14 (309): " + demo);
        assertTrue(demo.lines().anyMatch(l -> Printouts.diagnosticRow("309", 10, 77).matcher(l).matches()), demo);
        assertTrue(demo.contains(Printouts.DIAGNOSTIC_TOTAL + "1\n"), demo);
        assertTrue(demo.contains("3RD-PARTY-SIP-EXTENSION | -          | 2       | 2\n"), "allowed 2, used 2: " + demo);
        assertTrue(demo.contains("Licenses needed to cover them: 2\n"), "2 more needed: " + demo);
    }

    /** A port nobody listens on (just freed). */
    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tools and mdsh on this server (admin's password is the README's) when something is wrong. */
    private static void toolErrors(Path data) {
        String admin = "export DLC_USER=admin DLC_PASSWORD=" + PASSWORD + "; ";

        Commands.Result wrongPassword = bash("DLC_USER=admin DLC_PASSWORD=wrong " + TOOLS + " demo", data);
        assertEquals(new Commands.Result(1, "dlc-tools demo: migration of the pre-enforcement system: wrong user or password"
                + " (user admin; set DLC_USER and DLC_PASSWORD)\n"), wrongPassword);
        Commands.Result mdshWrong = bash("DLC_USER=admin DLC_PASSWORD=wrong ./mdsh license_status", data);
        assertEquals(new Commands.Result(1, "mdsh: wrong user or password (user admin; set DLC_USER and DLC_PASSWORD) for "
                + URL + "/api/commands\n"), mdshWrong);

        // The demo loaded: its subscriptions exist, so a second migration is refused, saying why; nothing changes.
        Commands.Result again = bash(admin + TOOLS + " demo", data);
        assertEquals(new Commands.Result(1, "dlc-tools demo: migration of the pre-enforcement system refused (conflict):"
                + " migration refused: this system has 10 DECT subscription(s). A migration loads a system from before"
                + " enforcement into one that has none yet; a signed export of a server is loaded with POST"
                + " /api/transfer\n"), again);
        Commands.Result exists = bash(admin + "./mdsh extension -i -d 1003", data);
        assertEquals(1, exists.exit(), exists.out());
        assertEquals(1, exists.out().lines().count(), exists.out());
        assertTrue(exists.out().contains("1003"), exists.out());

        // The DECT controller's account may not migrate: the refusal names the permission.
        Commands.Result controller = bash("DLC_USER=dect-1 DLC_PASSWORD=\"$(curl -s -u admin:" + PASSWORD + " -XPOST " + URL
                + "/api/users/dect-1/secret | sed -n 's/.*\"secret\":\"\\([^\"]*\\)\".*/\\1/p')\" " + TOOLS + " demo", data);
        assertEquals(1, controller.exit(), controller.out());
        assertTrue(controller.out().matches("dlc-tools demo: migration of the pre-enforcement system: refused for user"
                + " dect-1: POST /api/migration needs the permission [a-z.]+ \\(.*roles: admin\\)\n"), controller.out());

        // Nobody listening: the URL tried.
        String closed = "http://127.0.0.1:" + closedPort() + "/dlc";
        Commands.Result nobody = bash(admin + "DLC_URL=" + closed + " " + TOOLS + " simulate --ipei '00019 0592015 3'"
                + " --auth-code 1234", data);
        assertEquals(new Commands.Result(1, "dlc-tools simulate: cannot reach the DLC server at " + closed
                + "/api/dect/access-rights: connection refused (is it running? DLC_URL names it)\n"), nobody);
        Commands.Result mdshNobody = bash(admin + "DLC_URL=" + closed + " ./mdsh alarm -p", data);
        assertEquals(1, mdshNobody.exit(), mdshNobody.out());
        assertTrue(mdshNobody.out().matches("mdsh: cannot reach the DLC server at " + Pattern.quote(closed)
                + "/api/commands: .*(?i:connect).* \\(is it running\\? DLC_URL names it\\)\n"), mdshNobody.out());
    }
}
