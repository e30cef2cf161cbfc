package org.dlc.extension;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.dlc.handset.Handset;
import org.dlc.license.JpaLicenses;
import org.dlc.license.ThirdPartyLicensePool;
import org.dlc.security.Permission;
import org.dlc.security.Requires;
import org.dlc.shared.ConflictException;
import org.dlc.shared.NotFoundException;

/**
 * extension -i/-c/-e: creates, changes and erases extensions, seizing and releasing third-party licenses.
 * Seizures lock the pool row first, then the extension row, so concurrent seizures queue and never deadlock.
 */
@Stateless
public class ExtensionService {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

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
            extension.seizeLicense(new JpaLicenses(em).lockPool());
        }
        return extension;
    }

    /** Changes what is given (null = leave as is). */
    @Requires(Permission.EXTENSION_CHANGE)
    @RolesAllowed({"admin", "operator"})
    public Extension change(DirectoryNumber dir, Lim lim, Integer csp, Boolean thirdPartyClient) {
        ThirdPartyLicensePool pool = thirdPartyClient == null ? null : new JpaLicenses(em).lockPool();
        Extension extension = lock(dir);
        if (lim != null) {
            extension.moveTo(lim);
        }
        if (csp != null) {
            extension.changeCsp(csp);
        }
        if (Boolean.TRUE.equals(thirdPartyClient)) {
            // Licensed now: its handset leaves diagnostic_print at once (the list is derived from this flag).
            extension.seizeLicense(pool);
        } else if (Boolean.FALSE.equals(thirdPartyClient)) {
            extension.releaseLicense(pool);
        }
        return extension;
    }

    /** extension -e: releases the license, ends the DECT subscription (and with it any passive support). */
    @Requires(Permission.EXTENSION_CHANGE)
    @RolesAllowed({"admin", "operator"})
    public void erase(DirectoryNumber dir) {
        ThirdPartyLicensePool pool = new JpaLicenses(em).lockPool();
        Extension extension = lock(dir);
        extension.releaseLicense(pool);
        Handset handset = em.find(Handset.class, dir.value());
        if (handset != null) {
            em.remove(handset);
        }
        em.remove(extension);
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
