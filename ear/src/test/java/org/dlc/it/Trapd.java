package org.dlc.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A real snmptrapd on a free loopback port, in the foreground, logging each received notification to a file
 * as two lines: {@code NOTIFICATION <PDU type, version, community or user>} and the varbinds decoded by name
 * with the MIB, separated by '|'. Wrong communities and unknown users are dropped by snmptrapd itself.
 */
public final class Trapd implements AutoCloseable {

    /** One received notification. */
    public record Notification(String security, List<String> varbinds) {

        /** A DLC-MIB notification, by name. */
        public boolean is(String notificationName) {
            return isQualified("DLC-MIB::" + notificationName);
        }

        /** Any notification, by its qualified name such as {@code SNMPv2-MIB::warmStart}. */
        public boolean isQualified(String qualifiedName) {
            return varbinds.size() > 1 && varbinds.get(1).equals("SNMPv2-MIB::snmpTrapOID.0 = OID: " + qualifiedName);
        }

        public boolean has(String varbind) {
            return varbinds.contains(varbind);
        }

        @Override
        public String toString() {
            return security + " " + varbinds;
        }
    }

    public final int port;
    private final Path log;
    private final Process process;

    public Trapd(String community, String user, String authPassword, String privPassword) {
        port = NetSnmp.freeUdpPort();
        Path dir = NetSnmp.scratch("trapd-" + port);
        log = dir.resolve("traps.log");
        Path conf = dir.resolve("snmptrapd.conf");
        try {
            Files.writeString(conf, "authCommunity log " + community + "\n"
                    + "createUser " + user + " SHA-256 " + authPassword + " AES " + privPassword + "\n"
                    + "authUser log " + user + " priv\n"
                    + "format2 NOTIFICATION %P\\n%V|%v\\n\n");
            process = NetSnmp.builder(List.of(NetSnmp.executable("snmptrapd"), "-f", "-C", "-c", conf.toString(),
                            "-A", "-Lf", log.toString(), "-M", NetSnmp.MIBS.toString(), "-m", NetSnmp.MODULES,
                            "udp:127.0.0.1:" + port), "trapd-" + port)
                    .redirectErrorStream(true).redirectOutput(dir.resolve("snmptrapd.out").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!read().contains("NET-SNMP version")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                fail("snmptrapd did not start: " + read());
            }
            sleep(50);
        }
    }

    private String read() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Notification> received() {
        List<Notification> result = new ArrayList<>();
        String[] lines = read().split("\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i].startsWith("NOTIFICATION ")) {
                result.add(new Notification(lines[i].substring("NOTIFICATION ".length()),
                        List.of(lines[i + 1].split("\\|"))));
            }
        }
        return result;
    }

    /** The first notification matching, waiting up to {@code millis}. */
    public Optional<Notification> await(Predicate<Notification> match, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        do {
            Optional<Notification> found = received().stream().filter(match).findFirst();
            if (found.isPresent()) {
                return found;
            }
            sleep(5);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.onExit().get();
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
