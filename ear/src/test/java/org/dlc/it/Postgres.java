package org.dlc.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own (Debian's {@code postgresql} package): its own data directory (under
 * /tmp, which the postgres user can reach whatever the checkout's permissions), on 127.0.0.1 and a free port,
 * with password authentication, stopped and deleted at the end. PostgreSQL refuses to run as root, so as root
 * (CI) it runs as the {@code postgres} user the package created.
 */
public final class Postgres {

    public static final String DATABASE = "dlc";
    public static final String USER = "dlc";
    public static final String PASSWORD = "it-postgres-secret";

    private final Path dir;
    private final Path bin;
    private final int port;

    public Postgres() {
        try {
            this.dir = Files.createTempDirectory("dlc-it-postgres-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.bin = binaries();
        this.port = freePort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** initdb, start, and a database and user for the application. */
    public void create() {
        try {
            Files.writeString(dir.resolve("pwfile"), PASSWORD + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chownToRunner(dir);
        run(bin.resolve("initdb").toString(), "-D", data().toString(), "-U", USER, "--pwfile=" + dir.resolve("pwfile"),
                "--auth=scram-sha-256", "-E", "UTF8", "--no-instructions");
        start();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER,
                PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void start() {
        run(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", dir.resolve("postgres.log").toString(),
                "-w", "-t", "120", "-o", "-p " + port + " -h 127.0.0.1 -k " + dir, "start");
    }

    /** Stops at once, as when the database host fails (the nodes' connections break). */
    public void stop() {
        if (Files.exists(data().resolve("postmaster.pid"))) {
            run(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "stop");
        }
    }

    /** Stops and deletes the data directory. */
    public void destroy() {
        stop();
        Server.deleteRecursively(dir);
    }

    /** One number from the database, e.g. {@code SELECT COUNT(*) FROM extension}. */
    public long number(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), USER, PASSWORD); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void chownToRunner(Path p) {
        if (root()) {
            Commands.run(List.of("chown", "-R", "postgres:postgres", p.toString()));
        }
    }

    /** As the postgres user when this is root. */
    private static void run(String... command) {
        List<String> c = new ArrayList<>();
        if (root()) {
            c.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        c.addAll(List.of(command));
        Commands.run(c);
    }

    /** The newest installed major version's binaries (Debian keeps them off the PATH). */
    private static Path binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/pg_ctl")))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL in /usr/lib/postgresql: "
                            + "apt-get install postgresql"));
        } catch (IOException e) {
            throw new UncheckedIOException("no PostgreSQL in /usr/lib/postgresql: apt-get install postgresql", e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
