package org.dlc.system.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.dlc.alarm.AlarmDefinition;
import org.dlc.license.JpaLicenses;
import org.dlc.registration.LocationRegistrationCounts;
import org.dlc.snmp.SnmpService;

/**
 * The application's Prometheus metrics, through the server's Micrometer registry (the management interface's
 * {@code /metrics}), each tagged with this node's name. They are read from what already exists when Prometheus
 * scrapes, so nothing is counted twice: location registrations per outcome from {@link LocationRegistrationCounts}
 * (the audit trail's counts), the license pool and the active alarms from the database, the SNMP notifications
 * from {@link SnmpService}'s counters. Only the registrations' latency is recorded as they happen
 * ({@link org.dlc.registration.RegistrationLatency}).
 */
@Singleton
@Startup
@DependsOn("SnmpService")
@RunAs("read-only")
public class ServerMetrics {

    public static final String NODE_TAG = "node";

    @Inject
    private MeterRegistry registry;

    @Inject
    private LocationRegistrationCounts registrations;

    @EJB
    private SnmpService snmp;

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @Resource
    private SessionContext context;

    private final List<Meter> meters = new ArrayList<>();

    /** The meters hold what they read weakly: this keeps the bean's proxy reachable. */
    private ServerMetrics self;

    /** The node name that tags every metric: {@code jboss.node.name} (the host name unless set). */
    public static String node() {
        return System.getProperty("jboss.node.name", "standalone");
    }

    @PostConstruct
    void register() {
        registrationsBy("exempt", LocationRegistrationCounts.Snapshot::exempt);
        registrationsBy("licensed", LocationRegistrationCounts.Snapshot::licensed);
        registrationsBy("passive", LocationRegistrationCounts.Snapshot::passive);
        registrationsBy("rejectedNoLicense", LocationRegistrationCounts.Snapshot::rejectedNoLicense);
        registrationsBy("notSubscribed", LocationRegistrationCounts.Snapshot::notSubscribed);
        // Read through the bean's own proxy: each reading is a transaction of this bean, as read-only.
        self = context.getBusinessObject(ServerMetrics.class);
        meters.add(Gauge.builder("dlc.license.pool.allowed", self, ServerMetrics::poolAllowed).strongReference(true)
                .description("Licenses of the 3RD-PARTY-SIP-EXTENSION pool: allowed").tag(NODE_TAG, node())
                .register(registry));
        meters.add(Gauge.builder("dlc.license.pool.used", self, ServerMetrics::poolUsed).strongReference(true)
                .description("Licenses of the 3RD-PARTY-SIP-EXTENSION pool: used").tag(NODE_TAG, node())
                .register(registry));
        for (AlarmDefinition alarm : AlarmDefinition.values()) {
            meters.add(Gauge.builder("dlc.alarms.active", self, s -> s.activeAlarms(alarm.code()))
                    .strongReference(true).description("Active alarms, by code")
                    .tag("code", String.valueOf(alarm.code())).tag(NODE_TAG, node()).register(registry));
        }
        meters.add(FunctionCounter.builder("dlc.snmp.notifications.sent", self, ServerMetrics::notificationsSent)
                .description("SNMP notifications sent by this node's agent").tag(NODE_TAG, node())
                .register(registry));
        meters.add(FunctionCounter.builder("dlc.snmp.informs.timed.out", self, ServerMetrics::informsTimedOut)
                .description("SNMP informs that no target acknowledged").tag(NODE_TAG, node())
                .register(registry));
    }

    private void registrationsBy(String outcome, ToLongFunction<LocationRegistrationCounts.Snapshot> count) {
        meters.add(FunctionCounter.builder("dlc.location.registrations", registrations,
                        r -> count.applyAsLong(r.snapshot()))
                .description("Location registrations answered by this node since it started, by decision")
                .tag("decision", outcome).tag(NODE_TAG, node()).register(registry));
    }

    @PreDestroy
    void unregister() {
        meters.forEach(registry::remove);
    }

    @PermitAll
    public double poolAllowed() {
        return new JpaLicenses(em).pool().allowed();
    }

    @PermitAll
    public double poolUsed() {
        return new JpaLicenses(em).pool().used();
    }

    @PermitAll
    public double activeAlarms(int code) {
        return em.createQuery("SELECT COUNT(a) FROM Alarm a WHERE a.code = :code AND a.clearedAt IS NULL", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    @PermitAll
    public double notificationsSent() {
        return snmp.notificationsSent();
    }

    @PermitAll
    public double informsTimedOut() {
        return snmp.informsTimedOut();
    }
}
