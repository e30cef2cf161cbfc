package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The README's SNMP and syslog commands, run with bash as an operator would paste them after the guided tour. The
 * blocks are read from README.md (each marked {@code <!-- readme-test: name -->}); the only changes are the test
 * server's ports, paths and free ports for the receivers (see {@link #adapted}), and {@code $A} is the
 * administrator's credentials. The SNMP configuration the README puts is reset to a first start's at the end.
 */
class ReadmeSnmpIT extends ServerTest {

    private static final Path SCRATCH = NetSnmp.scratch("readme");

    /** The README's ports and paths are the run command's; the test server's differ. */
    static String adapted(String script, int trapPort, int syslogPort) {
        Map<String, String> replace = new LinkedHashMap<>();
        replace.put("localhost:8080", "127.0.0.1:" + Server.HTTP_PORT);
        replace.put("127.0.0.1:1161", "127.0.0.1:" + Server.SNMP_PORT);
        replace.put("\"port\": 1161", "\"port\": " + Server.SNMP_PORT);
        replace.put("mibs/target/mibs", NetSnmp.MIBS.toAbsolutePath().toString());
        replace.put("10162", Integer.toString(trapPort));
        replace.put("10514", Integer.toString(syslogPort));
        replace.put("/tmp/trapd", SCRATCH.resolve("trapd").toString());
        replace.put("$JBOSS_HOME/bin/jboss-cli.sh --connect", Server.SERVER_DIR.toAbsolutePath()
                + "/bin/jboss-cli.sh --connect --controller=127.0.0.1:" + (9990 + Server.PORT_OFFSET));
        for (Map.Entry<String, String> r : replace.entrySet()) {
            script = script.replace(r.getKey(), r.getValue());
        }
        return script;
    }

    private static ProcessBuilder bash(String script) {
        ProcessBuilder pb = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true);
        pb.environment().put("A", "-u " + Users.ADMIN + ":" + Users.adminPassword());
        pb.environment().put("SNMP_PERSISTENT_DIR", SCRATCH.toString());
        return pb;
    }

    static Commands.Result run(String script) {
        return Commands.result(bash(script), 60);
    }

    private static void awaitFile(Path file, Predicate<String> done, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(file) && done.test(Files.readString(file))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(what + ": " + (Files.exists(file) ? Files.readString(file) : "no output"));
    }

    @Test
    void the_snmp_and_syslog_sections_work_as_written() throws Exception {
        int trapPort = NetSnmp.freeUdpPort();
        Process trapd = null;
        try (DatagramSocket syslog = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            // As after a first start: nobody reads, nobody is notified.
            assertEquals(200, Api.put("/api/snmp/config", "application/json", "{}").status());
            // The tour's alarm: a third-party handset without a license.
            Handsets.extensionWithHandset("8620", false);
            assertEquals("REJECTED", Handsets.locationRegistration("8620", 10, 77).getString("result"));
            int first = Handsets.activeAlarm(12, "8620");

            Commands.Result read = run(adapted(Readme.block("snmp-read"), trapPort, syslog.getLocalPort()));
            assertEquals(0, read.exit(), read.out());
            assertTrue(read.out().contains("DLC-MIB::dlcAlarmCode." + first + " = Gauge32: 12"), read.out());
            assertTrue(read.out().contains("DLC-MIB::dlcAlarmDirectoryNumber." + first + " = STRING: 8620"), read.out());
            assertTrue(read.out().contains("SNMP table: DLC-MIB::dlcAlarmActiveTable"), read.out());

            // snmptrapd in the foreground, as the README runs it, before the targets are configured.
            Path trapdOut = SCRATCH.resolve("trapd.out");
            Files.deleteIfExists(trapdOut);
            trapd = bash(adapted(Readme.block("snmp-trapd"), trapPort, syslog.getLocalPort()))
                    .redirectOutput(trapdOut.toFile()).start();
            awaitFile(trapdOut, s -> s.contains("NET-SNMP version"), "snmptrapd did not start");

            Commands.Result config = run(adapted(Readme.block("snmp-config"), trapPort, syslog.getLocalPort()));
            assertEquals(0, config.exit(), config.out());
            assertTrue(config.out().contains("\"sysName\": \"pbx-1-dlc\""), config.out());
            assertTrue(config.out().contains("\"sysLocation\": \"Building B\""), "the PATCH's answer: " + config.out());
            assertTrue(config.out().contains("SNMPv2-MIB::sysLocation.0 = STRING: Building B"), config.out());
            int active = Api.get("/api/alarms").jsonArray().size();
            assertTrue(config.out().contains("DLC-MIB::dlcAlarmActiveCount.0 = Gauge32: " + active), config.out());
            assertTrue(!config.out().contains("my-read-community") && !config.out().contains("nms-auth-pass"),
                    "no secret in the answers: " + config.out());

            Handsets.extensionWithHandset("8621", false);
            assertEquals("REJECTED", Handsets.locationRegistration("8621", 10, 77).getString("result"));
            int second = Handsets.activeAlarm(12, "8621");
            awaitFile(trapdOut, s -> s.contains("DLC-MIB::dlcAlarmDirectoryNumber." + second + " = STRING: 8621")
                    && s.contains("SNMPv2-MIB::snmpTrapOID.0 = OID: DLC-MIB::dlcAlarm12Raised"),
                    "the README's snmptrapd shows the new alarm 12");
            assertEquals(200, Api.post("/api/alarms/" + first + "/clear", "").status());

            Commands.Result resync = run(adapted(Readme.block("snmp-resync"), trapPort, syslog.getLocalPort()));
            assertEquals(0, resync.exit(), resync.out());
            long sequence = Api.get("/api/snmp/status").json().getJsonNumber("notificationSequence").longValue();
            assertTrue(resync.out().contains("DLC-MIB::dlcNotificationSequence.0 = Gauge32: " + sequence), resync.out());
            assertTrue(resync.out().contains("DLC-MIB::dlcAlarmActiveCount.0 = Gauge32: " + (active)), resync.out());
            assertTrue(resync.out().contains("DLC-MIB::dlcAlarmDirectoryNumber." + second + " = STRING: 8621"),
                    resync.out());
            assertTrue(resync.out().contains("DLC-MIB::dlcAlarmClearedDirectoryNumber." + first + " = STRING: 8620"),
                    "the clear is in the history: " + resync.out());

            Commands.Result syslogOn = run(adapted(Readme.block("syslog"), trapPort, syslog.getLocalPort()));
            assertEquals(0, syslogOn.exit(), syslogOn.out());
            syslog.setSoTimeout(10_000);
            assertEquals(200, Api.post("/api/alarms/" + second + "/noticed", "").status());
            String message = receive(syslog, "directoryNumber=\"8621\"");
            assertTrue(message.contains(" dlc.alarm.noticed [dlcAlarm@32473 event=\"noticed\" handle=\"" + second + "\""),
                    message);
        } finally {
            SyslogIT.cli("/subsystem=logging/custom-handler=DLC_SYSLOG:map-put(name=properties,key=enabled,value=false)");
            if (trapd != null) {
                trapd.descendants().forEach(ProcessHandle::destroy);
                trapd.destroy();
            }
            assertEquals(200, Api.put("/api/snmp/config", "application/json", "{}").status(), "reset");
        }
    }

    private static String receive(DatagramSocket socket, String containing) throws IOException {
        byte[] buf = new byte[65_535];
        while (true) {
            DatagramPacket packet = new DatagramPacket(buf, buf.length);
            socket.receive(packet);
            String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            if (text.contains(containing)) {
                return text;
            }
        }
    }
}
