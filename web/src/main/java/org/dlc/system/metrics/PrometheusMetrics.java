package org.dlc.system.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.ToLongFunction;
import org.dlc.alarm.AlarmDefinition;
import org.dlc.registration.LocationRegistrationCounts;

/**
 * The application's Prometheus metrics, in the server's Micrometer registry (the management interface's
 * {@code /metrics}), each tagged with this node's name. They are read from what already exists when Prometheus
 * scrapes, so nothing is counted twice: location registrations per outcome from {@link LocationRegistrationCounts}
 * (the audit trail's counts), the license pool, the active alarms and the SNMP notifications through
 * {@link MetricReadings}. Only the registrations' latency is recorded as they happen
 * ({@link org.dlc.registration.RegistrationLatency}).
 * <p>
 * WildFly 39 gives a registry to web applications only, and forwards to its Prometheus registry only what is
 * registered through the registry's own methods ({@code gauge}, {@code more().counter}, ...): a meter built with
 * {@code Gauge.builder(...).register(registry)} stays invisible. Hence the style here.
 */
@ApplicationScoped
public class PrometheusMetrics {

    public static final String NODE_TAG = "node";
    private static final List<String> NAMES = List.of("dlc.location.registrations", "dlc.license.pool.allowed",
            "dlc.license.pool.used", "dlc.alarms.active", "dlc.snmp.notifications.sent", "dlc.snmp.informs.timed.out");

    @Inject
    private MeterRegistry registry;

    @Inject
    private LocationRegistrationCounts registrations;

    @EJB
    private MetricReadings readings;

    /** The node name that tags every metric: {@code jboss.node.name} (the host name unless set). */
    public static String node() {
        return System.getProperty("jboss.node.name", "standalone");
    }

    /** This node's tag and the given ones. */
    public static Tags tags(String... keyValues) {
        return Tags.of(keyValues).and(NODE_TAG, node());
    }

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registrationsBy("exempt", LocationRegistrationCounts.Snapshot::exempt);
        registrationsBy("licensed", LocationRegistrationCounts.Snapshot::licensed);
        registrationsBy("passive", LocationRegistrationCounts.Snapshot::passive);
        registrationsBy("rejectedNoLicense", LocationRegistrationCounts.Snapshot::rejectedNoLicense);
        registrationsBy("notSubscribed", LocationRegistrationCounts.Snapshot::notSubscribed);
        registry.gauge("dlc.license.pool.allowed", tags(), readings, MetricReadings::poolAllowed);
        registry.gauge("dlc.license.pool.used", tags(), readings, MetricReadings::poolUsed);
        for (AlarmDefinition alarm : AlarmDefinition.values()) {
            registry.gauge("dlc.alarms.active", tags("code", String.valueOf(alarm.code())), readings,
                    r -> r.activeAlarms(alarm.code()));
        }
        registry.more().counter("dlc.snmp.notifications.sent", tags(), readings, MetricReadings::notificationsSent);
        registry.more().counter("dlc.snmp.informs.timed.out", tags(), readings, MetricReadings::informsTimedOut);
    }

    private void registrationsBy(String outcome, ToLongFunction<LocationRegistrationCounts.Snapshot> count) {
        registry.more().counter("dlc.location.registrations", tags("decision", outcome), registrations,
                r -> count.applyAsLong(r.snapshot()));
    }

    @PreDestroy
    void unregister() {
        NAMES.forEach(name -> registry.find(name).meters().forEach(registry::remove));
    }
}
