package org.dlc.snmp;

import java.util.HexFormat;

/**
 * What the SNMP agent must keep wherever it runs, in one database row: its configuration (with the secrets), its
 * engine id and boots (RFC 3414: a manager recognises the agent by them and authenticates with keys localised
 * to the id), the highest notification sequence number that may have been sent, and the notification counters.
 * In the database rather than the data directory, so that another server taking the agent over (a cluster) is
 * the same agent with the same configuration.
 */
public class SnmpAgentState {

    static final int ID = 1;
    /** RFC 3414 2.2.2: snmpEngineBoots stays here once reached. */
    static final int MAX_BOOTS = Integer.MAX_VALUE;

    private int id = ID;
    private String configuration;
    private String engineId;
    private int engineBoots;
    private long sequence;
    private long notificationsSent;
    private long informsTimedOut;

    protected SnmpAgentState() {
        // for JPA
    }

    SnmpAgentState(SnmpConfig config, byte[] engineId, int engineBoots) {
        this.configuration = config.toJsonText();
        this.engineId = HexFormat.of().formatHex(engineId);
        this.engineBoots = engineBoots;
    }

    SnmpConfig config() {
        return SnmpConfig.fromJson(configuration);
    }

    void configure(SnmpConfig config) {
        configuration = config.toJsonText();
    }

    byte[] engineId() {
        return HexFormat.of().parseHex(engineId);
    }

    /** The agent starts (on this or another server): one boot more. */
    int boot() {
        if (engineBoots < MAX_BOOTS) {
            engineBoots++;
        }
        return engineBoots;
    }

    int engineBoots() {
        return engineBoots;
    }

    long sequence() {
        return sequence;
    }

    /** Numbers up to {@code upTo} may be sent: an agent starting later continues after them. */
    void reserveSequence(long upTo) {
        sequence = Math.max(sequence, upTo);
    }

    long notificationsSent() {
        return notificationsSent;
    }

    long informsTimedOut() {
        return informsTimedOut;
    }

    void counted(long sent, long timedOut) {
        notificationsSent = Math.max(notificationsSent, sent);
        informsTimedOut = Math.max(informsTimedOut, timedOut);
    }
}
