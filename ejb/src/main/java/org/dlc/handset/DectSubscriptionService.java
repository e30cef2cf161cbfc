package org.dlc.handset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.dlc.audit.AuditAction;
import org.dlc.audit.AuditService;
import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.Extension;
import org.dlc.extension.ExtensionService;
import org.dlc.security.Permission;
import org.dlc.security.Requires;
import org.dlc.shared.ConflictException;
import org.dlc.shared.NotFoundException;

/** dect_extension -i/-e: the DECT subscription that makes an extension a DECT extension. */
@Stateless
public class DectSubscriptionService {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @EJB
    private AuditService audit;

    @Inject
    private HandsetLookup lookup;

    private final Clock clock = Clock.systemUTC();

    @Requires(Permission.SUBSCRIPTION_CHANGE)
    @RolesAllowed({"admin", "operator"})
    public Handset subscribe(DirectoryNumber dir, Ipei ipei, String authenticationKey) {
        return add(new Handset(dir, ipei, authenticationKey, clock.instant()));
    }

    /**
     * Adds a subscription that existed before enforcement: eligible for passive support. Only a migration or a
     * signed export reaches this (see {@code org.dlc.transfer.TransferService}); every other path subscribes after
     * enforcement.
     */
    @Requires({Permission.MIGRATION_RUN, Permission.TRANSFER_IMPORT})
    @RolesAllowed("admin")
    public Handset subscribeBeforeEnforcement(DirectoryNumber dir, Ipei ipei, String authenticationKey) {
        return add(Handset.existingBeforeEnforcement(dir, ipei, authenticationKey, clock.instant()));
    }

    private Handset add(Handset handset) {
        checkFree(handset.directoryNumber(), handset.ipei());
        em.persist(handset);
        audit.changed(AuditAction.SUBSCRIPTION_START, ExtensionService.subject(handset.directoryNumber()), null,
                handset.describeSubscription());
        return handset;
    }

    private void checkFree(DirectoryNumber dir, Ipei ipei) {
        if (em.find(Extension.class, dir.value()) == null) {
            throw new NotFoundException("extension " + dir + " does not exist (create it with extension -i first)");
        }
        if (em.find(Handset.class, dir.value()) != null) {
            throw new ConflictException("extension " + dir + " already has a DECT subscription");
        }
        new JpaHandsets(em).byIpei(ipei).ifPresent(other -> {
            throw new ConflictException("IPEI " + ipei.printed() + " is already subscribed on extension "
                    + other.directoryNumber());
        });
    }

    /** Ends the subscription; subscribing again needs a license if the handset is third party. */
    @Requires(Permission.SUBSCRIPTION_CHANGE)
    @RolesAllowed({"admin", "operator"})
    public void unsubscribe(DirectoryNumber dir) {
        Handset handset = find(dir);
        lookup.subscriptionEnds();
        em.remove(handset);
        audit.changed(AuditAction.SUBSCRIPTION_END, ExtensionService.subject(dir), handset.describeSubscription(), null);
    }

    @Requires(Permission.EXTENSION_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public Handset find(DirectoryNumber dir) {
        Handset handset = em.find(Handset.class, dir.value());
        if (handset == null) {
            throw new NotFoundException("extension " + dir + " has no DECT subscription");
        }
        return handset;
    }
}
