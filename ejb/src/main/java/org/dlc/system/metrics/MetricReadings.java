package org.dlc.system.metrics;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.dlc.license.JpaLicenses;
import org.dlc.snmp.SnmpService;

/**
 * What the Prometheus metrics read when they are scraped (the web module's {@code PrometheusMetrics}): the
 * license pool and the active alarms from the database, the SNMP agent's notification counters. The scrape
 * has no caller; this bean reads as {@code read-only}, and only counts: nothing it answers is a secret.
 */
@Stateless
@RunAs("read-only")
public class MetricReadings {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @EJB
    private SnmpService snmp;

    @PermitAll
    public int poolAllowed() {
        return new JpaLicenses(em).pool().allowed();
    }

    @PermitAll
    public int poolUsed() {
        return new JpaLicenses(em).pool().used();
    }

    @PermitAll
    public long activeAlarms(int code) {
        return em.createQuery("SELECT COUNT(a) FROM Alarm a WHERE a.code = :code AND a.clearedAt IS NULL", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    /** The agent's counter {@code dlcNotificationsSent}. */
    @PermitAll
    public long notificationsSent() {
        return snmp.notificationsSent();
    }

    /** The agent's counter {@code dlcInformsTimedOut}: informs no target acknowledged. */
    @PermitAll
    public long informsTimedOut() {
        return snmp.informsTimedOut();
    }
}
