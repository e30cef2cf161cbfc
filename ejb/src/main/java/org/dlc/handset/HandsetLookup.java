package org.dlc.handset;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import org.dlc.persistence.ClusterMode;
import org.dlc.persistence.TransactionEnd;

/**
 * Finds the subscribed handset a location registration names by its IPEI: on a single server through what earlier
 * look-ups found ({@link SubscribedIpeis}) and EclipseLink's shared cache, without a query; otherwise, and always
 * on a {@linkplain ClusterMode cluster} node (another node's end of a subscription would not be seen), by the IPEI's
 * index in the database.
 */
@ApplicationScoped
public class HandsetLookup {

    private final SubscribedIpeis ipeis = ClusterMode.on() ? null : new SubscribedIpeis();

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** In the caller's persistence context (and transaction, if any). */
    public Optional<Handset> byIpei(EntityManager em, Ipei ipei) {
        if (ipeis == null) {
            return new JpaHandsets(em).byIpei(ipei);
        }
        Optional<Handset> known = ipeis.directoryNumber(ipei).map(dir -> em.find(Handset.class, dir.value()))
                .filter(handset -> handset.ipei().equals(ipei));
        if (known.isPresent()) {
            return known;
        }
        long generation = ipeis.generation();
        Optional<Handset> found = new JpaHandsets(em).byIpei(ipei);
        found.ifPresent(handset -> ipeis.learned(ipei, handset.directoryNumber(), generation));
        return found;
    }

    /**
     * The caller's transaction ends a subscription: what earlier look-ups found is forgotten once it has committed (or
     * rolled back), before the change is answered. A look-up that read the database before the commit began in the
     * generation this ends; one that reads after it finds the subscription gone.
     */
    public void subscriptionEnds() {
        if (ipeis == null) {
            return;
        }
        TransactionEnd.afterCompletion(transactions, ipeis::subscriptionEnds);
    }
}
