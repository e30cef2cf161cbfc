package org.dlc.license;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.dlc.audit.AuditAction;
import org.dlc.audit.AuditService;
import org.dlc.extension.LicenseState;
import org.dlc.handset.HandsetState;
import org.dlc.security.Permission;
import org.dlc.security.Requires;
import org.dlc.system.DataDirectory;
import org.dlc.system.DevelopmentMode;

/** Installs signed license files and reports the pool. */
@Stateless
public class LicenseService {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @EJB
    private AuditService audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Verifies and installs a license file. A bad, untrusted or older file throws and leaves the
     * installed one in force. Existing seizures stay even when the new count is lower.
     */
    @Requires(Permission.LICENSE_INSTALL)
    @RolesAllowed("admin")
    public LicenseStatus install(String text) {
        LicenseFile file = verified(text);
        JpaLicenses licenses = new JpaLicenses(em);
        ThirdPartyLicensePool pool = licenses.lockPool();
        InstalledLicenseFile installed = licenses.installedFile();
        LicenseFile previous = installed == null ? null : LicenseFile.parse(installed.text());
        file.checkNewerThan(previous);
        String before = (previous == null ? "no license file" : "sequence " + previous.sequence()) + "; "
                + pool.describe();
        pool.install(file.allowed(ThirdPartyLicensePool.TAG));
        licenses.replaceInstalledFile(new InstalledLicenseFile(file, clock.instant()));
        audit.changed(AuditAction.LICENSE_FILE_INSTALL, "license file", before,
                "sequence " + file.sequence() + "; " + pool.describe());
        return status();
    }

    /**
     * A license file parsed and verified as an installation verifies it (a migration's dry run reads the file the
     * migration would install), without installing it. @throws InvalidLicenseFileException when bad or untrusted
     */
    @Requires({Permission.LICENSE_INSTALL, Permission.MIGRATION_DRY_RUN})
    @RolesAllowed({"admin", "operator"})
    public LicenseFile verified(String text) {
        LicenseFile file = LicenseFile.parse(text);
        file.verify(TrustedLicenseKeys.of(DataDirectory.path(), DevelopmentMode.enabled()).stream()
                .map(TrustedLicenseKeys.TrustedKey::key).toList());
        return file;
    }

    @Requires({Permission.LICENSE_READ, Permission.SYSTEM_READ, Permission.MIGRATION_DRY_RUN})
    @RolesAllowed({"admin", "operator", "read-only"})
    public LicenseStatus status() {
        JpaLicenses licenses = new JpaLicenses(em);
        ThirdPartyLicensePool pool = licenses.pool();
        InstalledLicenseFile installed = licenses.installedFile();
        LicenseFile file = installed == null ? null : LicenseFile.parse(installed.text());
        long unlicensed = em.createQuery("SELECT COUNT(h) FROM Handset h, Extension e"
                + " WHERE e.directoryNumber = h.directoryNumber AND " + LicenseState.LACKS_LICENSE_JPQL, Long.class)
                .getSingleResult();
        return new LicenseStatus(pool.tag(), ThirdPartyLicensePool.NAME, ThirdPartyLicensePool.ARTICLE,
                pool.allowed(), pool.used(), pool.free(), pool.excess(), unlicensed,
                pool.licensesNeeded(unlicensed),
                file == null ? null : file.sequence(), file == null ? null : file.issued(),
                installed == null ? null : installed.installedAt());
    }

    /** The keys trusted to sign license files now, with their fingerprints (read at each call, like install). */
    @Requires(Permission.LICENSE_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public LicenseKeyListing trustedKeys() {
        return LicenseKeyListing.of(DataDirectory.path(), DevelopmentMode.enabled());
    }

    @Requires({Permission.LICENSE_READ, Permission.TRANSFER_EXPORT, Permission.MIGRATION_DRY_RUN})
    @RolesAllowed({"admin", "operator", "read-only"})
    public String installedFileText() {
        InstalledLicenseFile installed = new JpaLicenses(em).installedFile();
        return installed == null ? null : installed.text();
    }
}
