package org.dlc.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dlc.license.LicenseService;
import org.dlc.license.LicenseStatus;
import org.dlc.license.PoolSample;
import org.dlc.registration.LocationRegistrationCounts;
import org.dlc.registration.RegistrationHour;

/**
 * The dashboard's history, written once a minute and never by a request: the location registrations counted in
 * memory since the previous minute are added to their hour's row (a crash loses at most that minute), and the
 * license pool is sampled and stored when it changed. Kept for {@link #KEPT}. Reads the pool as read-only.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
@RunAs("read-only")
public class UsageHistory {

    static final Duration KEPT = Duration.ofDays(31);
    private static final Logger LOG = Logger.getLogger(UsageHistory.class.getName());

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @EJB
    private LicenseService licenses;

    @Inject
    private LocationRegistrationCounts counts;

    @Resource
    private TimerService timers;

    private final Clock clock = Clock.systemUTC();

    /**
     * The minute's timer, created once Bootstrap has started (it checks the configuration): an automatic
     * {@code @Schedule} timer exists from the deployment's first moment, and one that fired while a deployment
     * failed waited for the start forever and kept the server from shutting down.
     */
    @PostConstruct
    void startTimer() {
        long toNextMinute = 60_000 - clock.millis() % 60_000;
        timers.createIntervalTimer(toNextMinute, 60_000, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void everyMinute() {
        Instant now = clock.instant();
        LocationRegistrationCounts.Snapshot counted = counts.drain(now);
        try {
            storeRegistrations(counted);
            samplePool(now);
            em.flush();
        } catch (RuntimeException e) {
            counts.undrain(counted);
            LOG.log(Level.WARNING, "Dashboard history not stored this minute; the counts are kept for the next", e);
            throw e;
        }
        if (now.getEpochSecond() / 60 % 60 == 0) {
            prune(now.minus(KEPT));
        }
    }

    /** The stretch's counts go to the hour it began in (the previous minute's run). */
    private void storeRegistrations(LocationRegistrationCounts.Snapshot counted) {
        if (counted.total() == 0) {
            return;
        }
        long key = RegistrationHour.epochHour(counted.since());
        RegistrationHour hour = em.find(RegistrationHour.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (hour == null) {
            hour = new RegistrationHour(counted.since());
            em.persist(hour);
        }
        hour.add(counted);
    }

    private void samplePool(Instant now) {
        LicenseStatus status = licenses.status();
        List<PoolSample> latest = em.createQuery("SELECT s FROM PoolSample s ORDER BY s.at DESC", PoolSample.class)
                .setMaxResults(1).getResultList();
        if (latest.isEmpty() || !latest.get(0).sameAs(status)) {
            em.persist(new PoolSample(now, status));
        }
    }

    private void prune(Instant before) {
        em.createQuery("DELETE FROM PoolSample s WHERE s.at < :before").setParameter("before", before).executeUpdate();
        em.createQuery("DELETE FROM RegistrationHour r WHERE r.epochHour < :before")
                .setParameter("before", RegistrationHour.epochHour(before)).executeUpdate();
    }
}
