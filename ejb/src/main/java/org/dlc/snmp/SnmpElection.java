package org.dlc.snmp;

import java.util.function.Consumer;

/**
 * On a cluster exactly one server runs the SNMP agent: the one WildFly's singleton service elects
 * ({@link SingletonSnmpAgent}). The election happens in the server's service container, outside the EJB
 * container; this hands its outcome to {@link SnmpService}, whichever comes first. One per deployment (its class
 * loader's).
 */
final class SnmpElection {

    private static boolean elected;
    private static Consumer<Boolean> follower;

    private SnmpElection() {
    }

    /** The singleton service started (true) or stopped (false) on this server. */
    static void elected(boolean now) {
        Consumer<Boolean> f;
        synchronized (SnmpElection.class) {
            elected = now;
            f = follower;
        }
        if (f != null) {
            f.accept(now);
        }
    }

    /** {@code f} hears every outcome from now on, the current one first. */
    static void follow(Consumer<Boolean> f) {
        boolean now;
        synchronized (SnmpElection.class) {
            follower = f;
            now = elected;
        }
        f.accept(now);
    }
}
