package org.dlc.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dlc.alarm.AlarmService;
import org.dlc.alarm.AlarmSnapshot;
import org.dlc.extension.ExtensionInfo;
import org.dlc.extension.ExtensionInfoService;
import org.dlc.extension.ExtensionQuery;
import org.dlc.extension.HandsetFilter;
import org.dlc.extension.LicenseState;
import org.dlc.license.LicenseService;
import org.dlc.license.LicenseStatus;
import org.dlc.license.PoolSample;
import org.dlc.readiness.ReadinessReport;
import org.dlc.readiness.ReadinessService;
import org.dlc.registration.LocationRegistrationCounts;
import org.dlc.registration.RegistrationHour;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/** The dashboard: one read for the page and {@code GET /api/dashboard}. */
@Stateless
public class DashboardService {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @EJB
    private ReadinessService readiness;

    @EJB
    private LicenseService licenses;

    @EJB
    private AlarmService alarms;

    @EJB
    private ExtensionInfoService info;

    @Inject
    private LocationRegistrationCounts counts;

    private final Clock clock = Clock.systemUTC();

    @Requires(Permission.SYSTEM_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public Dashboard dashboard() {
        Instant now = clock.instant();
        ReadinessReport report = readiness.system();
        LicenseStatus license = licenses.status();
        List<AlarmSnapshot> active = alarms.active();
        Map<Integer, Long> bySeverity = active.stream()
                .collect(Collectors.groupingBy(AlarmSnapshot::severity, TreeMap::new, Collectors.counting()));
        return new Dashboard(now, report.totals(), report.vendors(), license, active.size(), bySeverity,
                notSeen(Dashboard.NOT_SEEN_DAYS), poolUsage(now, license), registrationsPerHour(now));
    }

    /** Handsets not seen for {@code days} days, and how many of them hold a license (candidates to reclaim). */
    @Requires({Permission.SYSTEM_READ, Permission.EXTENSION_READ})
    @RolesAllowed({"admin", "operator", "read-only"})
    public Dashboard.NotSeen notSeen(int days) {
        HandsetFilter all = new HandsetFilter(null, null, null, days);
        HandsetFilter licensed = new HandsetFilter(null, LicenseState.LICENSED, null, days);
        return new Dashboard.NotSeen(days, info.count(dect(all)), info.count(dect(licensed)));
    }

    private static ExtensionQuery dect(HandsetFilter filter) {
        return new ExtensionQuery(null, null, ExtensionInfo.DECT, false, 0, 1, filter);
    }

    /** The stored samples of the last days, the one before them (where the chart starts) and now. */
    private List<Dashboard.PoolPoint> poolUsage(Instant now, LicenseStatus license) {
        Instant from = now.minus(Duration.ofDays(Dashboard.POOL_DAYS));
        List<PoolSample> samples = new ArrayList<>(em.createQuery("SELECT s FROM PoolSample s WHERE s.at < :from"
                + " ORDER BY s.at DESC", PoolSample.class).setParameter("from", from).setMaxResults(1).getResultList());
        samples.addAll(em.createQuery("SELECT s FROM PoolSample s WHERE s.at >= :from ORDER BY s.at",
                PoolSample.class).setParameter("from", from).getResultList());
        List<Dashboard.PoolPoint> points = new ArrayList<>(samples.stream().map(s -> new Dashboard.PoolPoint(
                s.at().isBefore(from) ? from : s.at(), s.used(), s.free(), s.needed())).toList());
        points.add(new Dashboard.PoolPoint(now, license.used(), license.free(), license.licensesNeeded()));
        return points;
    }

    /** Each of the last hours, zero when nothing was counted; the current one with what is not stored yet. */
    private List<Dashboard.HourlyRegistrations> registrationsPerHour(Instant now) {
        long current = RegistrationHour.epochHour(now);
        Map<Long, RegistrationHour> stored = em.createQuery("SELECT r FROM RegistrationHour r"
                        + " WHERE r.epochHour > :first", RegistrationHour.class)
                .setParameter("first", current - Dashboard.REGISTRATION_HOURS).getResultStream()
                .collect(Collectors.toMap(r -> RegistrationHour.epochHour(r.hour()), Function.identity()));
        LocationRegistrationCounts.Snapshot pending = counts.pending();
        long pendingHour = RegistrationHour.epochHour(pending.since());
        List<Dashboard.HourlyRegistrations> hours = new ArrayList<>();
        long first = current - Dashboard.REGISTRATION_HOURS + 1;
        for (long h = first; h <= current; h++) {
            RegistrationHour r = stored.get(h);
            Dashboard.HourlyRegistrations hour = r == null
                    ? new Dashboard.HourlyRegistrations(Instant.ofEpochSecond(h * 3600), 0, 0, 0, 0, 0)
                    : new Dashboard.HourlyRegistrations(r.hour(), r.licensed(), r.exempt(), r.passive(),
                            r.rejectedNoLicense(), r.notSubscribed());
            hours.add(h == Math.min(Math.max(pendingHour, first), current) ? hour.plus(pending) : hour);
        }
        return hours;
    }
}
