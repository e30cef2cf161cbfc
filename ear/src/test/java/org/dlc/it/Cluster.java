package org.dlc.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dlc.license.DevelopmentKey;

/**
 * A PostgreSQL of its own and two cluster nodes on loopback, each from the provisioned cluster node
 * ({@code server-ha}) with a base directory of its own, started as the README's production deployment says: the
 * first alone on the empty database (it creates the schema and the first administrator, whose initial password is
 * then changed), then the second. Both trust the development key of this JVM's data directory, as an operator
 * installs one issuer key on each. Used by ClusterIT (which adds the load balancer) and the benchmark.
 */
public final class Cluster {

    private final Postgres db = new Postgres();
    private final Path dir;
    private final int offset1;
    private final int offset2;
    private volatile Node node1;
    private volatile Node node2;

    /** @param dir the nodes' base directories and logs go here */
    public Cluster(Path dir, int offset1, int offset2) {
        this.dir = dir;
        this.offset1 = offset1;
        this.offset2 = offset2;
    }

    public void start() {
        db.create();
        Map<String, String> env = Map.of("POSTGRESQL_URL", db.jdbcUrl(), "POSTGRESQL_USER", Postgres.USER,
                "POSTGRESQL_PASSWORD", Postgres.PASSWORD);
        String members = "127.0.0.1[" + (7600 + offset1) + "],127.0.0.1[" + (7600 + offset2) + "]";
        node1 = node("node1", offset1, env, members);
        node2 = node("node2", offset2, env, members);
        // The tests sign license files with the development key of this JVM's data directory (for ClusterIT node
        // 1's, see ear/pom.xml); the nodes trust the same key, as an operator installs one issuer key on each.
        DevelopmentKey.createIfAbsent(Server.DATA_DIR);
        copyDevelopmentKey(Server.DATA_DIR, data(node1));
        copyDevelopmentKey(Server.DATA_DIR, data(node2));
        // The first node alone creates the schema and the first administrator; then the second joins.
        node1.start(node1.base() + "/api/health");
        Api.at(node1.base(), () -> {
            Users.changeInitialAdminPassword();
            return null;
        });
        node2.start(node2.base() + "/api/health");
    }

    /** Stops the nodes and deletes the database (also from a shutdown hook, while starting). */
    public void stop() {
        for (Node n : new Node[] {node1, node2}) {
            if (n != null) {
                n.stop();
            }
        }
        db.destroy();
    }

    Node node1() {
        return node1;
    }

    Node node2() {
        return node2;
    }

    Postgres db() {
        return db;
    }

    /** The application's base address on each node ({@code https://127.0.0.1:<port>/dlc}). */
    public List<String> bases() {
        return List.of(node1.base(), node2.base());
    }

    /** Each node's origin ({@code https://127.0.0.1:<port>}). */
    public List<String> origins() {
        return List.of(node1.origin(), node2.origin());
    }

    /** Each node's server JVM, for its CPU time. */
    public List<ProcessHandle> jvms() {
        return List.of(node1.jvm(), node2.jvm());
    }

    static Path data(Node node) {
        return node.baseDir().resolve("data");
    }

    private Node node(String name, int offset, Map<String, String> env, String members) {
        Path base = dir.resolve(name);
        List<String> options = new ArrayList<>(List.of("-Djboss.bind.address=127.0.0.1",
                "-Djboss.bind.address.private=127.0.0.1", "-Ddlc.cluster.members=" + members,
                "-Ddlc.data.dir=" + base.resolve("data"), "-Ddlc.development=true",
                "-Ddlc.snmp.port=" + (1161 + offset)));
        options.addAll(Server.tlsOptions());
        return new Node(name, Server.SERVER_DIR.toAbsolutePath().getParent().resolve("server-ha"), base, offset,
                options, env);
    }

    private static void copyDevelopmentKey(Path from, Path to) {
        try {
            Path keys = DevelopmentKey.privateKeyFile(from).getParent();
            Path target = DevelopmentKey.privateKeyFile(to).getParent();
            Files.createDirectories(target);
            try (var files = Files.list(keys)) {
                for (Path f : files.toList()) {
                    // A copy onto itself (ClusterIT: node 1's data directory is this JVM's) copies nothing.
                    Files.copy(f, target.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
