package org.dlc.extension;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.dlc.audit.AuditAction;
import org.dlc.audit.AuditService;
import org.dlc.handset.Handset;
import org.dlc.handset.HandsetLookup;
import org.dlc.license.JpaLicenses;
import org.dlc.license.ThirdPartyLicensePool;
import org.dlc.security.Permission;
import org.dlc.security.Requires;
import org.dlc.shared.ConflictException;
import org.dlc.shared.NotFoundException;

/**
 * extension -i/-c/-e: creates, changes and erases extensions, seizing and releasing third-party licenses.
 * Seizures lock the pool row first, then the extension row, so concurrent seizures queue and never deadlock.
 * Each change is audited in its transaction: the extension, and the seizure or release apart.
 */
@Stateless
public class ExtensionService {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @EJB
    private AuditService audit;

    @Inject
    private HandsetLookup handsets;

    @Requires(Permission.EXTENSION_CHANGE)
    @RolesAllowed({"admin", "operator"})
    public Extension create(DirectoryNumber dir, Lim lim, int csp, boolean thirdPartyClient) {
        if (em.find(Extension.class, dir.value()) != null) {
            throw new ConflictException("extension " + dir + " already exists");
        }
        Extension extension = new Extension(dir, lim, csp);
        em.persist(extension);
        if (thirdPartyClient) {
            // A refusal rolls back the insert above: the command changes nothing.
            license(extension, new JpaLicenses(em).lockPool(), true);
        }
        audit.changed(AuditAction.EXTENSION_CREATE, subject(dir), null, extension.describe());
        return extension;
    }

    /** Changes what is given (null = leave as is). */
    @Requires(Permission.EXTENSION_CHANGE)
    @RolesAllowed({"admin", "operator"})
    public Extension change(DirectoryNumber dir, Lim lim, Integer csp, Boolean thirdPartyClient) {
        ThirdPartyLicensePool pool = thirdPartyClient == null ? null : new JpaLicenses(em).lockPool();
        Extension extension = lock(dir);
        String before = extension.describe();
        if (lim != null) {
            extension.moveTo(lim);
        }
        if (csp != null) {
            extension.changeCsp(csp);
        }
        if (thirdPartyClient != null) {
            // Licensed now: its handset leaves diagnostic_print at once (the list is derived from this flag).
            license(extension, pool, thirdPartyClient);
        }
        if (!before.equals(extension.describe())) {
            audit.changed(AuditAction.EXTENSION_CHANGE, subject(dir), before, extension.describe());
        }
        return extension;
    }

    /** extension -e: releases the license, ends the DECT subscription (and with it any passive support). */
    @Requires(Permission.EXTENSION_CHANGE)
    @RolesAllowed({"admin", "operator"})
    public void erase(DirectoryNumber dir) {
        ThirdPartyLicensePool pool = new JpaLicenses(em).lockPool();
        Extension extension = lock(dir);
        license(extension, pool, false);
        Handset handset = em.find(Handset.class, dir.value());
        if (handset != null) {
            handsets.subscriptionEnds();
            em.remove(handset);
            audit.changed(AuditAction.SUBSCRIPTION_END, subject(dir), handset.describeSubscription(), null);
        }
        em.remove(extension);
        audit.changed(AuditAction.EXTENSION_ERASE, subject(dir), extension.describe(), null);
    }

    /** Seizes or releases the extension's license; audited (with the pool's use) only if that changes it. */
    private void license(Extension extension, ThirdPartyLicensePool pool, boolean seize) {
        boolean held = extension.thirdPartyClient();
        String poolBefore = pool.describe();
        if (seize) {
            extension.seizeLicense(pool);
        } else {
            extension.releaseLicense(pool);
        }
        if (held != extension.thirdPartyClient()) {
            audit.changed(seize ? AuditAction.LICENSE_SEIZE : AuditAction.LICENSE_RELEASE,
                    subject(extension.directoryNumber()), poolBefore, pool.describe());
        }
    }

    /** How the audit trail names an extension. */
    public static String subject(DirectoryNumber dir) {
        return "extension " + dir;
    }

    @Requires(Permission.EXTENSION_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public Extension find(DirectoryNumber dir) {
        Extension extension = em.find(Extension.class, dir.value());
        if (extension == null) {
            throw new NotFoundException("extension " + dir + " does not exist");
        }
        return extension;
    }

    private Extension lock(DirectoryNumber dir) {
        Extension extension = em.find(Extension.class, dir.value(), LockModeType.PESSIMISTIC_WRITE);
        if (extension == null) {
            throw new NotFoundException("extension " + dir + " does not exist");
        }
        return extension;
    }
}
