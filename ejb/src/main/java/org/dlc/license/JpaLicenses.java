package org.dlc.license;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;

/** The pool row and the installed file, as stored through JPA. */
public final class JpaLicenses {

    private final EntityManager em;

    public JpaLicenses(EntityManager em) {
        this.em = em;
    }

    /**
     * The pool, row-locked until the transaction ends: the one serialised decision point for seizures.
     * Lock order everywhere: pool first, then extension rows.
     */
    public ThirdPartyLicensePool lockPool() {
        ThirdPartyLicensePool pool = em.find(ThirdPartyLicensePool.class, ThirdPartyLicensePool.TAG,
                LockModeType.PESSIMISTIC_WRITE);
        if (pool == null) {
            throw new IllegalStateException("license pool row missing; the application did not start properly");
        }
        return pool;
    }

    public ThirdPartyLicensePool pool() {
        return em.find(ThirdPartyLicensePool.class, ThirdPartyLicensePool.TAG);
    }

    public InstalledLicenseFile installedFile() {
        List<InstalledLicenseFile> files = em.createQuery(
                "SELECT f FROM InstalledLicenseFile f ORDER BY f.sequence DESC", InstalledLicenseFile.class)
                .setMaxResults(1).getResultList();
        return files.isEmpty() ? null : files.get(0);
    }

    public void replaceInstalledFile(InstalledLicenseFile file) {
        em.createQuery("DELETE FROM InstalledLicenseFile f").executeUpdate();
        em.persist(file);
    }
}
