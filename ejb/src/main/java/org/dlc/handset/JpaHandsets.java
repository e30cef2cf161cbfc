package org.dlc.handset;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.Optional;

/** The subscribed handsets, as stored through JPA. */
public final class JpaHandsets {

    private final EntityManager em;

    public JpaHandsets(EntityManager em) {
        this.em = em;
    }

    /**
     * By the IPEI's unique index. Never flushes the transaction's pending changes first: a bulk import adds
     * thousands of subscriptions in one transaction, and a flush before each lookup made it quadratic (the import
     * checks IPEIs within its own batch itself; the unique constraint guards the rest). Joins the caller's
     * transaction, if any: a repeated location registration reads without one.
     */
    public Optional<Handset> byIpei(Ipei ipei) {
        return em.createNamedQuery("Handset.byIpei", Handset.class).setParameter("ipei", ipei.value())
                .setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst();
    }
}
