package org.dlc.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.dlc.license.DevelopmentKey;
import org.dlc.system.DevelopmentMode;

/**
 * The real provisioned WildFly, started once for all integration tests with its own ports and its own
 * database (so a demo server on the default ports is not disturbed), restartable and killable. It runs in
 * development mode, trusting the development key generated into its data directory.
 */
public final class Server {

    public static final Path SERVER_DIR = Path.of(System.getProperty("dlc.server.dir", "target/server"));
    public static final Path DATA_DIR = Path.of(System.getProperty("dlc.data.dir", "target/it-data"));
    /** The server's console output, appended to by every start. */
    public static final Path LOG = SERVER_DIR.getParent().resolve("it-server.log");
    public static final Path PROJECT_DIR = Path.of(System.getProperty("dlc.project.dir", ".."));
    public static final int PORT_OFFSET = Integer.getInteger("dlc.port.offset", 100);
    public static final int HTTP_PORT = 8080 + PORT_OFFSET;
    public static final int HTTPS_PORT = 8443 + PORT_OFFSET;
    /** The server itself over HTTPS, as in production: host-level endpoints such as /openapi live here. */
    public static final String ORIGIN = "https://127.0.0.1:" + HTTPS_PORT;
    /** Plain HTTP, which the server serves to loopback only. */
    public static final String HTTP_ORIGIN = "http://127.0.0.1:" + HTTP_PORT;
    /** The application's context root. */
    public static final String BASE = ORIGIN + "/dlc";
    /** The SNMP agent's UDP port: the default 1161 plus the offset, like the other ports. */
    public static final int SNMP_PORT = 1161 + PORT_OFFSET;

    private static Process process;
    /** System properties of the next starts, beyond the ones every start has ({@link #restartWith}). */
    private static List<String> properties = List.of();

    static {
        // Every client of the tests speaks HTTPS to the server and trusts its certificate (Tls).
        Tls.trustEverywhere();
    }

    private Server() {
    }

    /** The server's HTTPS certificate, configured as an operator would (keystore path and password). */
    public static List<String> tlsOptions() {
        return List.of("-Ddlc.tls.keystore=" + Tls.KEYSTORE, "-Ddlc.tls.keystore.password=" + Tls.PASSWORD);
    }

    /** Starts the server on first use, with an empty database; stops it when the test JVM ends. */
    public static synchronized void ensureStarted() {
        if (process != null) {
            return;
        }
        deleteRecursively(DATA_DIR);
        // The tests sign their license files with a development key of their own; the server trusts it because it
        // runs in development mode, as with the run command.
        DevelopmentKey.createIfAbsent(DATA_DIR);
        Runtime.getRuntime().addShutdownHook(new Thread(Server::stop));
        start();
        Users.changeInitialAdminPassword();
    }

    static synchronized void start() {
        launch();
        awaitReady(Duration.ofSeconds(180));
    }

    private static void launch() {
        if (portInUse(HTTP_PORT)) {
            throw new IllegalStateException("port " + HTTP_PORT + " is in use: a server from an earlier run? "
                    + "Stop it (pkill -f jboss-modules) or set -Dit.port.offset");
        }
        try {
            List<String> command = new ArrayList<>(List.of(SERVER_DIR.resolve("bin/standalone.sh").toString(),
                    "-Djboss.socket.binding.port-offset=" + PORT_OFFSET,
                    "-Ddlc.data.dir=" + DATA_DIR.toAbsolutePath(),
                    "-D" + DevelopmentMode.PROPERTY + "=true",
                    "-Ddlc.snmp.port=" + SNMP_PORT));
            properties.forEach(p -> command.add("-D" + p));
            command.addAll(tlsOptions());
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()));
            pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
            String extra = System.getProperty("dlc.server.java.opts", "").trim();
            if (!extra.isEmpty()) {
                // After standalone.conf's defaults (later options win), e.g. JFR or another heap.
                pb.environment().put("DLC_JAVA_OPTS", extra);
            }
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server JVM's process id (standalone.sh's java child), for RSS readings. */
    public static synchronized long pid() {
        return jvm(process).pid();
    }

    /** The server JVM that a launcher ({@code standalone.sh}) started. */
    static ProcessHandle jvm(Process launcher) {
        return launcher.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no server JVM under " + launcher.pid()));
    }

    /** Graceful shutdown, as an operator's stop would do. */
    public static synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        tree.forEach(p -> p.onExit().join());
        process = null;
    }

    /** kill -9 of the server JVM: nothing gets to shut down cleanly. */
    public static synchronized void crash() {
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        tree.forEach(p -> p.onExit().join());
        process = null;
    }

    public static synchronized void restart() {
        stop();
        start();
    }

    /**
     * Restarts with these system properties ({@code name=value}) on top of the usual ones; they stay for later
     * restarts until the next call ({@code restartWith()} goes back to the usual ones).
     */
    public static synchronized void restartWith(String... systemProperties) {
        stop();
        properties = List.of(systemProperties);
        start();
    }

    /**
     * Starts with these system properties, expecting the application to refuse to deploy: waits until the server
     * log (from this start on) contains {@code expected}, then stops the server. @return the log of this start
     */
    public static synchronized String startRefusing(String expected, String... systemProperties) {
        stop();
        properties = List.of(systemProperties);
        long logStart = LOG.toFile().length();
        launch();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (System.nanoTime() < deadline) {
                String log = logSince(logStart);
                // Stopped once its boot is over (WFLYSRV0026 "started (with errors)"), not while it is booting.
                boolean booted = log.contains("WFLYSRV0025") || log.contains("WFLYSRV0026");
                if (log.contains(expected) && booted || !process.isAlive()) {
                    return log;
                }
                sleep(250);
            }
            return logSince(logStart);
        } finally {
            stop();
        }
    }

    private static String logSince(long offset) {
        try {
            byte[] all = Files.readAllBytes(LOG);
            return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized void crashAndStart() {
        crash();
        start();
    }

    private static void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited during start; see target/it-server.log");
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // connection reset while starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("server not ready within " + timeout + "; see target/it-server.log");
    }

    private static boolean portInUse(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
