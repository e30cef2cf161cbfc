package org.dlc.persistence;

import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * In {@linkplain ClusterMode cluster mode}, every entity is isolated: read from the database in each
 * transaction (and each non-transactional read), never from EclipseLink's shared cache. So a license seized or
 * released, a subscription ended or a handset reclassified on one node decides the next registration on the
 * other at once, without a cache coordination protocol that could lag or lose a message. Row locks and the
 * database's isolation keep the invariants as on a single server.
 */
public class ClusterCacheCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (!ClusterMode.on()) {
            return;
        }
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            descriptor.setCacheIsolation(CacheIsolationType.ISOLATED);
        }
    }
}
