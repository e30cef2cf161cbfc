package org.dlc.readiness;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.dlc.extension.LicenseState;
import org.dlc.handset.Classification;
import org.dlc.handset.HandsetState;
import org.dlc.handset.HandsetType;
import org.dlc.license.JpaLicenses;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/**
 * The upgrade readiness report of this system, derived from the stored handsets at the moment of reading (the
 * dashboard counts from it too). A migration document's report is {@code TransferService.migrationDryRun}.
 */
@Stateless
public class ReadinessService {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Requires({Permission.LICENSE_READ, Permission.SYSTEM_READ})
    @RolesAllowed({"admin", "operator", "read-only"})
    public ReadinessReport system() {
        UpgradeReadiness readiness = new UpgradeReadiness();
        // Counts in one grouped query (a few rows per vendor and LIM, however many handsets)...
        em.createQuery("SELECT e.lim, h.vendor, h.classification, h.state, e.thirdPartyClient,"
                        + " h.subscribedBeforeEnforcement, COUNT(h) FROM Handset h, Extension e"
                        + " WHERE e.directoryNumber = h.directoryNumber GROUP BY e.lim, h.vendor, h.classification,"
                        + " h.state, e.thirdPartyClient, h.subscribedBeforeEnforcement", Object[].class)
                .getResultList().forEach(row -> readiness.handsets((Integer) row[0],
                        new HandsetType((Classification) row[2], (String) row[1]),
                        LicenseState.of((Boolean) row[4], (HandsetState) row[3], (Classification) row[2],
                                (Boolean) row[5]), ((Number) row[6]).longValue()));
        // ...and the handsets it is about, read without the exempt Mitel ones (UpgradeReadiness.listed decides).
        em.createQuery("SELECT h.directoryNumber, e.lim, h.vendor, h.classification, h.state, e.thirdPartyClient,"
                        + " h.subscribedBeforeEnforcement FROM Handset h, Extension e"
                        + " WHERE e.directoryNumber = h.directoryNumber AND (h.classification <> :mitel"
                        + " OR h.state = :blocked)", Object[].class)
                .setParameter("mitel", Classification.MITEL).setParameter("blocked", HandsetState.BLOCKED)
                .getResultList().forEach(row -> readiness.list((String) row[0], (Integer) row[1],
                        new HandsetType((Classification) row[3], (String) row[2]),
                        LicenseState.of((Boolean) row[5], (HandsetState) row[4], (Classification) row[3],
                                (Boolean) row[6])));
        return readiness.report(ReadinessReport.Source.SYSTEM, clock.instant(), new JpaLicenses(em).pool());
    }
}
