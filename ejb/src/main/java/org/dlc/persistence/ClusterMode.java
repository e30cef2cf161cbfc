package org.dlc.persistence;

/**
 * Whether this server is one node of several on one database (system property {@code dlc.cluster=true}, set by
 * {@code ear/src/main/wildfly/configure-cluster.cli}). What a node keeps in memory would go stale when another
 * node changes the database, so in cluster mode nothing that changes is cached across transactions: EclipseLink's
 * shared cache is off ({@link ClusterCacheCustomizer}) and the handset catalogue is checked against the database's
 * catalogue version. A single server (the default) keeps both caches: the registration fast path needs them.
 */
public final class ClusterMode {

    public static final String PROPERTY = "dlc.cluster";

    private ClusterMode() {
    }

    public static boolean on() {
        return Boolean.getBoolean(PROPERTY);
    }
}
