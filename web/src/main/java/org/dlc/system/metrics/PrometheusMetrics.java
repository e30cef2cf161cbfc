package org.dlc.system.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.dlc.alarm.AlarmDefinition;
import org.dlc.registration.LocationRegistrationCounts;

/**
 * The application's Prometheus metrics, in the server's Micrometer registry (the management interface's
 * {@code /metrics}), each tagged with this node's name. WildFly gives a registry to web applications, so they
 * are registered here, when the web application starts. They are read from what already exists when Prometheus
 * scrapes, so nothing is counted twice: location registrations per outcome from {@link LocationRegistrationCounts}
 * (the audit trail's counts), the license pool, the active alarms and the SNMP notifications through
 * {@link MetricReadings}. Only the registrations' latency is recorded as they happen
 * ({@link org.dlc.registration.RegistrationLatency}).
 */
@ApplicationScoped
public class PrometheusMetrics {

    public static final String NODE_TAG = "node";

    @Inject
    private MeterRegistry registry;

    @Inject
    private LocationRegistrationCounts registrations;

    @EJB
    private MetricReadings readings;

    private final List<Meter> meters = new ArrayList<>();

    /** The node name that tags every metric: {@code jboss.node.name} (the host name unless set). */
    public static String node() {
        return System.getProperty("jboss.node.name", "standalone");
    }

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registrationsBy("exempt", LocationRegistrationCounts.Snapshot::exempt);
        registrationsBy("licensed", LocationRegistrationCounts.Snapshot::licensed);
        registrationsBy("passive", LocationRegistrationCounts.Snapshot::passive);
        registrationsBy("rejectedNoLicense", LocationRegistrationCounts.Snapshot::rejectedNoLicense);
        registrationsBy("notSubscribed", LocationRegistrationCounts.Snapshot::notSubscribed);
        meters.add(Gauge.builder("dlc.license.pool.allowed", readings, MetricReadings::poolAllowed)
                .strongReference(true).description("Licenses of the 3RD-PARTY-SIP-EXTENSION pool: allowed")
                .tag(NODE_TAG, node()).register(registry));
        meters.add(Gauge.builder("dlc.license.pool.used", readings, MetricReadings::poolUsed)
                .strongReference(true).description("Licenses of the 3RD-PARTY-SIP-EXTENSION pool: used")
                .tag(NODE_TAG, node()).register(registry));
        for (AlarmDefinition alarm : AlarmDefinition.values()) {
            meters.add(Gauge.builder("dlc.alarms.active", readings, r -> r.activeAlarms(alarm.code()))
                    .strongReference(true).description("Active alarms, by code")
                    .tag("code", String.valueOf(alarm.code())).tag(NODE_TAG, node()).register(registry));
        }
        meters.add(FunctionCounter.builder("dlc.snmp.notifications.sent", readings, MetricReadings::notificationsSent)
                .description("SNMP notifications sent by this node's agent").tag(NODE_TAG, node())
                .register(registry));
        meters.add(FunctionCounter.builder("dlc.snmp.informs.timed.out", readings, MetricReadings::informsTimedOut)
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
}
