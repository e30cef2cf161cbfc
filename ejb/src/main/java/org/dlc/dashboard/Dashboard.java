package org.dlc.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dlc.extension.HandsetCounts;
import org.dlc.license.LicenseStatus;
import org.dlc.readiness.ReadinessReport;
import org.dlc.registration.LocationRegistrationCounts;

/**
 * What the dashboard shows, derived from the state when read (counts, pool, alarms) and from the stored history
 * (pool over time, registrations per hour), its last point being now.
 *
 * @param vendors                the third-party (and blocked) handsets per Vendor text, as the readiness report
 * @param activeAlarmsBySeverity active alarms per severity (1 = information ... 4 = critical)
 * @param notSeen                handsets not seen for {@link NotSeen#days} days and the licenses they hold
 */
public record Dashboard(Instant at, HandsetCounts handsets, List<ReadinessReport.VendorRow> vendors,
                        LicenseStatus license, int activeAlarms, Map<Integer, Long> activeAlarmsBySeverity,
                        NotSeen notSeen, List<PoolPoint> poolUsage, List<HourlyRegistrations> registrationsPerHour) {

    /** Days without a location registration after which the dashboard counts a handset as not seen. */
    public static final int NOT_SEEN_DAYS = 30;
    /** How far back the charts go. */
    public static final int POOL_DAYS = 7;
    public static final int REGISTRATION_HOURS = 24;

    public record NotSeen(int days, long handsets, long holdingLicenses) {
    }

    /** The pool from {@code at} on: seized, free, and still needed to cover the handsets without license. */
    public record PoolPoint(Instant at, int seized, int free, long needed) {
    }

    /** The location registrations of the hour starting at {@code hour}, per outcome. */
    public record HourlyRegistrations(Instant hour, long licensed, long exempt, long passive, long rejectedNoLicense,
                                      long notSubscribed) {

        /** With the counts not stored yet. */
        HourlyRegistrations plus(LocationRegistrationCounts.Snapshot pending) {
            return new HourlyRegistrations(hour, licensed + pending.licensed(), exempt + pending.exempt(),
                    passive + pending.passive(), rejectedNoLicense + pending.rejectedNoLicense(),
                    notSubscribed + pending.notSubscribed());
        }
    }
}
