package org.dlc.syslog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.handlers.SyslogHandler;

/**
 * WildFly's syslog handler (RFC 5424) with STRUCTURED-DATA, which the original always leaves empty ("-"). A log
 * record whose parameters include a {@code Map<String, ?>} gets one SD-ELEMENT {@code [<sdName>@<enterprise>
 * key="value" ...]} from it; other records are sent as the original sends them. Over TCP and TLS messages are
 * framed by octet counting (RFC 6587 3.4.1), over UDP one message per datagram (RFC 5426).
 * <p>
 * Configured as a custom handler of the logging subsystem (ear/src/main/wildfly/configure-syslog.cli); every
 * property of {@link SyslogHandler} applies, plus {@code sdName} and {@code enterpriseNumber}.
 */
public class StructuredSyslogHandler extends SyslogHandler {

    /** What the original writes for an empty STRUCTURED-DATA, then the UTF-8 BOM that starts MSG. */
    private static final byte[] NIL_STRUCTURED_DATA = "- ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private volatile String sdName = "dlcAlarm";
    /** IANA's documentation number (RFC 5612), as the MIB's: a deployment sets its own. */
    private volatile int enterpriseNumber = 32473;

    public StructuredSyslogHandler() throws IOException {
        super();
        setSyslogType(SyslogType.RFC5424);
    }

    public void setSdName(String sdName) {
        if (sdName == null || !sdName.matches("[!-~&&[^=\\]\" @]]{1,32}")) {
            throw new IllegalArgumentException("sdName must be 1..32 printable characters without '=', ']', '\"',"
                    + " space or '@', was " + sdName);
        }
        this.sdName = sdName;
    }

    public void setEnterpriseNumber(int enterpriseNumber) {
        if (enterpriseNumber < 1) {
            throw new IllegalArgumentException("enterpriseNumber must be a Private Enterprise Number >= 1");
        }
        this.enterpriseNumber = enterpriseNumber;
    }

    /** Stream transports need framing so the receiver can tell messages apart; datagrams do not. */
    @Override
    public void setProtocol(Protocol protocol) {
        super.setProtocol(protocol);
        setUseCountingFraming(protocol != Protocol.UDP);
    }

    @Override
    protected byte[] createRFC5424Header(ExtLogRecord record) throws IOException {
        byte[] header = super.createRFC5424Header(record);
        Map<?, ?> data = structuredData(record);
        if (data == null) {
            return header;
        }
        int tail = endsWith(header, BOM) ? BOM.length : 0;
        int nil = header.length - tail - NIL_STRUCTURED_DATA.length;
        if (nil < 0 || !startsAt(header, nil, NIL_STRUCTURED_DATA)) {
            throw new IOException("unexpected RFC 5424 header from " + SyslogHandler.class.getName());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(header.length + 128);
        out.write(header, 0, nil);
        out.write(element(data).getBytes(StandardCharsets.UTF_8));
        out.write(' ');
        out.write(header, nil + NIL_STRUCTURED_DATA.length, tail);
        return out.toByteArray();
    }

    private static Map<?, ?> structuredData(ExtLogRecord record) {
        Object[] parameters = record.getParameters();
        if (parameters != null) {
            for (Object p : parameters) {
                if (p instanceof Map<?, ?> map && !map.isEmpty()) {
                    return map;
                }
            }
        }
        return null;
    }

    /** {@code [name@enterprise key="value" ...]}; values escaped as RFC 5424 6.3.3 asks, null values left out. */
    String element(Map<?, ?> data) {
        StringBuilder sd = new StringBuilder("[").append(sdName).append('@').append(enterpriseNumber);
        data.forEach((k, v) -> {
            if (v != null) {
                sd.append(' ').append(k).append("=\"")
                        .append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("]", "\\]"))
                        .append('"');
            }
        });
        return sd.append(']').toString();
    }

    private static boolean endsWith(byte[] bytes, byte[] suffix) {
        return bytes.length >= suffix.length && startsAt(bytes, bytes.length - suffix.length, suffix);
    }

    private static boolean startsAt(byte[] bytes, int at, byte[] part) {
        for (int i = 0; i < part.length; i++) {
            if (bytes[at + i] != part[i]) {
                return false;
            }
        }
        return true;
    }
}
