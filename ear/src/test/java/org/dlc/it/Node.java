package org.dlc.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;

/**
 * One WildFly process of the cluster test (a node or the load balancer), started from a provisioned server with
 * a base directory of its own (a copy of the server's {@code standalone/}: configuration and deployment), as an
 * operator runs several servers from one installation. Killable with {@code kill -9}.
 */
final class Node {

    final String name;
    final int offset;
    private final Path home;
    private final Path baseDir;
    private final List<String> options;
    private final Map<String, String> environment;
    private final Path log;
    private List<String> prefix = List.of();
    /** Not guarded by a lock: a shutdown hook must be able to kill a node that is still starting. */
    private volatile Process process;

    Node(String name, Path home, Path baseDir, int offset, List<String> options, Map<String, String> environment) {
        this.name = name;
        this.home = home;
        this.baseDir = baseDir.toAbsolutePath();
        this.offset = offset;
        this.options = options;
        this.environment = environment;
        this.log = this.baseDir.getParent().resolve(name + ".log");
        Server.deleteRecursively(this.baseDir);
        copy(home.resolve("standalone/configuration"), this.baseDir.resolve("configuration"));
        copy(home.resolve("standalone/deployments"), this.baseDir.resolve("deployments"));
    }

    /** Runs the server inside this network namespace ({@code ip netns exec}). */
    Node inNamespace(String namespace) {
        prefix = List.of("ip", "netns", "exec", namespace);
        return this;
    }

    Path baseDir() {
        return baseDir;
    }

    String origin() {
        return "https://127.0.0.1:" + (8443 + offset);
    }

    /** The application on this node. */
    String base() {
        return origin() + "/dlc";
    }

    String management() {
        return "http://127.0.0.1:" + (9990 + offset);
    }

    void start(String readyUrl) {
        start(readyUrl, null);
    }

    /** Starts and waits until {@code readyUrl} answers 200, trusting {@code trust} (null: the JVM's default). */
    void start(String readyUrl, SSLContext trust) {
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (trust != null) {
            client.sslContext(trust);
        }
        HttpClient http = client.build();
        start(() -> answers200(http, readyUrl));
    }

    /** Starts and waits until {@code ready} says so. */
    void start(BooleanSupplier ready) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir, "-Djboss.node.name=" + name,
                "-Djboss.socket.binding.port-offset=" + offset));
        command.addAll(options);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(environment);
        pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(ready, Duration.ofSeconds(300));
    }

    /** The server JVM, for its CPU time. */
    ProcessHandle jvm() {
        return Server.jvm(process);
    }

    boolean running() {
        return process != null && process.isAlive();
    }

    /** kill -9 of the server JVM and its launcher. */
    void kill() {
        end(true);
    }

    void stop() {
        end(false);
    }

    private void end(boolean forcibly) {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(forcibly ? ProcessHandle::destroyForcibly : ProcessHandle::destroy);
        tree.forEach(p -> p.onExit().join());
        process = null;
    }

    private void awaitReady(BooleanSupplier ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start; see " + log);
            }
            if (ready.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
    }

    private static boolean answers200(HttpClient client, String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet, or starting
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
