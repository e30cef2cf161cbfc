package org.dlc.license;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.dlc.handset.HandsetState;
import org.dlc.security.Permission;
import org.dlc.security.Requires;
import org.dlc.system.DataDirectory;

/** Installs signed license files and reports the pool. */
@Stateless
public class LicenseService {

    /** Public keys (PEM) trusted to sign license files, under the data directory. */
    public static final String TRUSTED_KEYS_DIR = "trusted-keys";

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /**
     * Verifies and installs a license file. A bad, untrusted or older file throws and leaves the
     * installed one in force. Existing seizures stay even when the new count is lower.
     */
    @Requires(Permission.LICENSE_INSTALL)
    @RolesAllowed("admin")
    public LicenseStatus install(String text) {
        LicenseFile file = LicenseFile.parse(text);
        file.verify(TrustedLicenseKeys.load(DataDirectory.path().resolve(TRUSTED_KEYS_DIR)));
        JpaLicenses licenses = new JpaLicenses(em);
        ThirdPartyLicensePool pool = licenses.lockPool();
        InstalledLicenseFile installed = licenses.installedFile();
        file.checkNewerThan(installed == null ? null : LicenseFile.parse(installed.text()));
        pool.install(file.allowed(ThirdPartyLicensePool.TAG));
        licenses.replaceInstalledFile(new InstalledLicenseFile(file, clock.instant()));
        return status();
    }

    @Requires({Permission.LICENSE_READ, Permission.SYSTEM_READ})
    @RolesAllowed({"admin", "operator", "read-only"})
    public LicenseStatus status() {
        JpaLicenses licenses = new JpaLicenses(em);
        ThirdPartyLicensePool pool = licenses.pool();
        InstalledLicenseFile installed = licenses.installedFile();
        LicenseFile file = installed == null ? null : LicenseFile.parse(installed.text());
        long unlicensed = em.createQuery("SELECT COUNT(h) FROM Handset h, Extension e"
                        + " WHERE e.directoryNumber = h.directoryNumber AND e.thirdPartyClient = FALSE"
                        + " AND h.state IN :states", Long.class)
                .setParameter("states", java.util.List.of(HandsetState.PASSIVE, HandsetState.BLOCKED))
                .getSingleResult();
        return new LicenseStatus(pool.tag(), ThirdPartyLicensePool.NAME, ThirdPartyLicensePool.ARTICLE,
                pool.allowed(), pool.used(), pool.free(), pool.excess(), unlicensed,
                Math.max(0, unlicensed - pool.free()),
                file == null ? null : file.sequence(), file == null ? null : file.issued(),
                installed == null ? null : installed.installedAt());
    }

    @Requires({Permission.LICENSE_READ, Permission.TRANSFER_EXPORT})
    @RolesAllowed({"admin", "operator", "read-only"})
    public String installedFileText() {
        InstalledLicenseFile installed = new JpaLicenses(em).installedFile();
        return installed == null ? null : installed.text();
    }
}
