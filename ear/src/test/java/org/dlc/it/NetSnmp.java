package org.dlc.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real net-snmp command line tools (Debian packages snmp and snmptrapd) with the project's MIB loaded from
 * {@code mibs/target/mibs}, and with their persistent and configuration directories in a scratch directory
 * (never /var/lib/snmp or ~/.snmp).
 */
public final class NetSnmp {

    public static final Path MIBS = Server.PROJECT_DIR.resolve("mibs/target/mibs");
    public static final String MODULES = "DLC-MIB:SNMPv2-MIB";
    public static final Path SCRATCH = Server.SERVER_DIR.getParent().resolve("snmp-it");

    public record Result(int exit, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exit + "\n" + out + err;
        }
    }

    private NetSnmp() {
    }

    static void requireTools() {
        if (!Files.isRegularFile(MIBS.resolve("DLC-MIB.mib"))) {
            fail(MIBS + "/DLC-MIB.mib is missing: build from the repository root so the mibs module runs first");
        }
        for (String tool : List.of("snmptrapd", "snmpwalk", "snmptable", "snmpget")) {
            if (!onPath(tool)) {
                fail(tool + " not found: apt-get install snmp snmptrapd (.ci/run does)");
            }
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", tool));
    }

    /** snmptrapd is in /usr/sbin, which a test JVM's PATH may lack. */
    static String executable(String tool) {
        return Files.isExecutable(Path.of("/usr/sbin", tool)) ? "/usr/sbin/" + tool : tool;
    }

    static ProcessBuilder builder(List<String> command, String scratchName) {
        ProcessBuilder pb = new ProcessBuilder(command);
        Path dir = scratch(scratchName);
        pb.environment().put("SNMP_PERSISTENT_DIR", dir.toString());
        pb.environment().put("SNMPCONFPATH", dir.toString());
        pb.environment().put("MIBDIRS", MIBS.toString());
        return pb;
    }

    static Path scratch(String name) {
        try {
            return Files.createDirectories(SCRATCH.resolve(name)).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one client command (snmpwalk, snmpget, ...) with the MIB loaded; a timeout of 20 s. */
    public static Result run(String tool, String... args) {
        List<String> command = new ArrayList<>(List.of(executable(tool), "-M", MIBS.toString(), "-m", MODULES));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(scratch("client"), tool, ".out");
            Path err = Files.createTempFile(scratch("client"), tool, ".err");
            Process p = builder(command, "client").redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command + " did not end within 20 s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A free loopback UDP port (distinct from every server port). */
    static int freeUdpPort() {
        try (DatagramSocket s = new DatagramSocket(0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
