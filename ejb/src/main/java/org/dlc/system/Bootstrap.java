package org.dlc.system;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.dlc.extension.Extension;
import org.dlc.handset.CatalogueService;
import org.dlc.license.DevelopmentKey;
import org.dlc.license.InvalidLicenseFileException;
import org.dlc.license.ThirdPartyLicensePool;
import org.dlc.license.TrustedLicenseKeys;
import org.dlc.license.TrustedLicenseKeys.Source;
import org.dlc.license.TrustedLicenseKeys.TrustedKey;
import org.dlc.user.UserService;

/**
 * First start: an empty license pool, the shipped handset catalogue and the first administrator.
 * Later starts change nothing. Every start logs the license keys the server trusts, with a warning in
 * development mode.
 */
@Singleton
@Startup
@DependsOn({"SchemaUpgradeAtStart", "Identities"})
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

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
        announceTimeZone();
        announceLicenseKeys(DataDirectory.path(), DevelopmentMode.enabled());
    }

    /** A bad {@value LocalTimeZone#PROPERTY} stops the deployment here, with the reason, rather than at each page. */
    private static void announceTimeZone() {
        ZoneId zone = LocalTimeZone.configured();
        LOG.info("Local time zone: " + zone + (System.getProperty(LocalTimeZone.PROPERTY) == null
                ? " (the server's; set -D" + LocalTimeZone.PROPERTY + " to choose one)" : "")
                + (LocalTimeZone.isUtc(zone) ? ": times are shown in UTC only" : ": times are shown in UTC and in it"));
    }

    private static void announceLicenseKeys(Path dataDir, boolean development) {
        List<TrustedKey> keys = null;
        try {
            keys = TrustedLicenseKeys.of(dataDir, development);
            LOG.info("Trusted license keys: " + (keys.isEmpty()
                    ? "none (put the license issuer's public key into "
                            + dataDir.resolve(TrustedLicenseKeys.DIRECTORY_NAME) + ")"
                    : keys.stream().map(k -> "SHA-256 " + k.fingerprint() + " (" + k.source().label() + ", "
                            + k.file() + ")").collect(Collectors.joining("; "))));
        } catch (InvalidLicenseFileException e) {
            LOG.warning("Trusted license keys: " + e.getMessage()
                    + ". No license file can be installed until it is corrected.");
        }
        Path developmentKey = DevelopmentKey.publicKeyFile(dataDir);
        if (development) {
            String keyNote = keys == null ? "" : keys.stream().filter(k -> k.source() == Source.DEVELOPMENT)
                    .map(k -> " (SHA-256 " + k.fingerprint() + ")").findFirst()
                    .orElse(" once it exists (the run command generates it)");
            LOG.warning("Development mode (-D" + DevelopmentMode.PROPERTY + "=true): license files signed by the"
                    + " development key " + developmentKey + keyNote + " are accepted."
                    + " Never use development mode in production.");
        } else if (Files.exists(developmentKey)) {
            LOG.info("Not in development mode: the development license key " + developmentKey + " is not trusted.");
        }
    }
}
