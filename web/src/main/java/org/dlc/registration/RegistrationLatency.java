package org.dlc.registration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.dlc.system.metrics.PrometheusMetrics;

/**
 * How long location registrations take on this node, as a Prometheus histogram
 * ({@code dlc_location_registration_duration_seconds}). Fixed buckets, no percentiles computed in the server:
 * recording is a few atomic additions, cheap enough for a storm.
 */
@ApplicationScoped
public class RegistrationLatency {

    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
        Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(5)};

    @Inject
    private MeterRegistry registry;

    private Timer timer;

    /** At the web application's start, like the other metrics, so the series exists before the first registration. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        timer = Timer.builder("dlc.location.registration.duration")
                .description("Location registrations, from the call to the answer")
                .tag(PrometheusMetrics.NODE_TAG, PrometheusMetrics.node())
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    @PreDestroy
    void unregister() {
        registry.remove(timer);
    }

    /** Records one registration that started at {@code startNanos} ({@link System#nanoTime()}). */
    void took(long startNanos) {
        timer.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }
}
