package org.dlc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Alarm events as RFC 5424 syslog messages from the server's logging subsystem (its syslog handler with structured
 * data), received on loopback over UDP and TCP (octet counting) and parsed field by field. The target is set the
 * way the README tells an operator: with jboss-cli, at run time.
 */
class SyslogIT extends ServerTest {

    /** RFC 5424 6: PRI VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP SD SP BOM MSG. */
    private static final Pattern RFC5424 = Pattern.compile("<(\\d{1,3})>1 (\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"
            + "\\.\\d{3}[+-]\\d\\d:\\d\\d) (\\S+) (\\S+) (\\d+) (\\S+) (\\[dlcAlarm@32473(?: [^ =\\]\"]+=\"(?:[^\"\\\\]|"
            + "\\\\.)*\")*\\]) \uFEFF(.*)", Pattern.DOTALL);
    private static final Pattern PARAM = Pattern.compile(" ([^ =\\]\"]+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Message(int pri, String timestamp, String hostname, String appName, long procId, String msgId,
                   Map<String, String> data, String msg) {

        static Message parse(String text) {
            Matcher m = RFC5424.matcher(text);
            assertTrue(m.matches(), "not RFC 5424 with DLC's structured data: " + text);
            Map<String, String> data = new LinkedHashMap<>();
            Matcher p = PARAM.matcher(m.group(7));
            while (p.find()) {
                data.put(p.group(1), p.group(2).replaceAll("\\\\(.)", "$1"));
            }
            return new Message(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4),
                    Long.parseLong(m.group(5)), m.group(6), data, m.group(8));
        }
    }

    private static final List<String> received = new CopyOnWriteArrayList<>();

    @AfterAll
    static void off() {
        cli("/subsystem=logging/custom-handler=DLC_SYSLOG:map-put(name=properties,key=enabled,value=false)");
    }

    /** jboss-cli of the provisioned server, on its management port (local authentication, as an operator's). */
    static String cli(String command) {
        String out = Commands.run(List.of(Server.SERVER_DIR.resolve("bin/jboss-cli.sh").toString(), "--connect",
                "--controller=127.0.0.1:" + (9990 + Server.PORT_OFFSET), "--command=" + command));
        assertTrue(out.contains("\"outcome\" => \"success\""), command + ": " + out);
        return out;
    }

    private static void target(String protocol, int port) {
        cli("/subsystem=logging/custom-handler=DLC_SYSLOG:map-put(name=properties,key=protocol,value=" + protocol + ")");
        cli("/subsystem=logging/custom-handler=DLC_SYSLOG:map-put(name=properties,key=port,value=" + port + ")");
        cli("/subsystem=logging/custom-handler=DLC_SYSLOG:map-put(name=properties,key=enabled,value=true)");
    }

    private static Message await(String event, String dir) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            for (String text : received) {
                if (text.contains("event=\"" + event + "\"") && text.contains("directoryNumber=\"" + dir + "\"")) {
                    return Message.parse(text);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + event + " for " + dir + " in " + received);
    }

    private static long snmpSequence() {
        Server.ensureStarted();
        return Api.get("/api/snmp/status").json().getJsonNumber("notificationSequence").longValue();
    }

    @Test
    void raise_notice_and_clear_arrive_over_udp_with_their_fields_as_structured_data() throws Exception {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            Thread listener = new Thread(() -> {
                byte[] buf = new byte[65_535];
                while (!socket.isClosed()) {
                    DatagramPacket packet = new DatagramPacket(buf, buf.length);
                    try {
                        socket.receive(packet);
                        received.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            listener.start();
            target("UDP", socket.getLocalPort());

            Handsets.extensionWithHandset("8610", false);
            assertEquals("REJECTED", Handsets.locationRegistration("8610", 10, 77).getString("result"));
            int handle = Handsets.activeAlarm(12, "8610");
            Message raised = await("raised", "8610");
            assertEquals(1 * 8 + 4, raised.pri(), "facility user (1), severity warning (4)");
            assertEquals("dlc", raised.appName());
            assertEquals(Server.pid(), raised.procId(), "PROCID is the server's process");
            assertEquals("dlc.alarm.raised", raised.msgId());
            assertEquals(Map.of("event", "raised", "handle", Integer.toString(handle), "code", "12", "severity", "1",
                    "perceivedSeverity", "warning", "lim", "1", "directoryNumber", "8610",
                    "ipei", Handsets.printedIpei("8610"), "count", "1",
                    "sequence", raised.data().get("sequence")), raised.data());
            assertEquals("Alarm 12 raised (handle " + handle + ", count 1): Failed registration of third party DECT"
                    + " device due to missing third party license; Directory number =8610", raised.msg());

            assertEquals(200, Api.post("/api/alarms/" + handle + "/noticed", "").status());
            Message noticed = await("noticed", "8610");
            assertEquals(1 * 8 + 6, noticed.pri(), "informational (6)");
            assertEquals("dlc.alarm.noticed", noticed.msgId());

            assertEquals(200, Api.post("/api/alarms/" + handle + "/clear", "").status());
            Message cleared = await("cleared", "8610");
            assertEquals(1 * 8 + 6, cleared.pri());
            assertEquals("0", cleared.data().get("severity"));
            assertEquals("cleared", cleared.data().get("perceivedSeverity"));
            long sequence = Long.parseLong(cleared.data().get("sequence"));
            assertEquals(Long.parseLong(noticed.data().get("sequence")) + 1, sequence,
                    "numbered like the SNMP notifications: nothing between them");
            assertEquals(snmpSequence(), sequence, "the same number as the SNMP notification of the clear");
            socket.close();
            listener.join(2000);
        }
    }

    @Test
    void over_tcp_each_message_is_framed_by_octet_counting() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread listener = new Thread(() -> {
                try (Socket s = server.accept(); DataInputStream in = new DataInputStream(s.getInputStream())) {
                    while (true) {
                        // RFC 6587 3.4.1: MSG-LEN SP SYSLOG-MSG
                        StringBuilder length = new StringBuilder();
                        for (int c = in.read(); c != ' '; c = in.read()) {
                            if (c < 0) {
                                return;
                            }
                            length.append((char) c);
                        }
                        byte[] message = new byte[Integer.parseInt(length.toString())];
                        in.readFully(message);
                        received.add(new String(message, StandardCharsets.UTF_8));
                    }
                } catch (IOException closed) {
                    // the server side closed
                }
            });
            listener.start();
            target("TCP", server.getLocalPort());
            Handsets.extensionWithHandset("8611", false);
            assertEquals("REJECTED", Handsets.locationRegistration("8611", 10, 77).getString("result"));
            Message raised = await("raised", "8611");
            assertEquals("12", raised.data().get("code"));
            assertEquals(Integer.toString(Handsets.activeAlarm(12, "8611")), raised.data().get("handle"));
            cli("/subsystem=logging/custom-handler=DLC_SYSLOG:map-put(name=properties,key=enabled,value=false)");
        }
    }
}
