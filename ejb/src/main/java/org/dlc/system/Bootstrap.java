package org.dlc.system;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.dlc.extension.Extension;
import org.dlc.handset.CatalogueService;
import org.dlc.license.ThirdPartyLicensePool;
import org.dlc.user.UserService;

/**
 * First start: an empty license pool, the shipped handset catalogue and the first administrator.
 * Later starts change nothing.
 */
@Singleton
@Startup
public class Bootstrap {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @EJB
    private CatalogueService catalogue;

    @EJB
    private UserService users;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void initialise() {
        if (em.find(ThirdPartyLicensePool.class, ThirdPartyLicensePool.TAG) == null) {
            em.persist(new ThirdPartyLicensePool());
        }
        catalogue.seedIfEmpty();
        // A database from before the sort key: fill it in once.
        em.createQuery("SELECT e FROM Extension e WHERE e.sortKey IS NULL", Extension.class).getResultStream()
                .forEach(Extension::fillInSortKey);
        users.seedAdministrator();
    }
}
