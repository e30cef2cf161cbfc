package org.dlc.registration;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.dlc.system.metrics.PrometheusMetrics;

/**
 * How long location registrations take on this node, as Prometheus reads a histogram: the count and sum
 * ({@code dlc_location_registration_duration_seconds_count}, {@code _sum}) and cumulative buckets
 * ({@code dlc_location_registration_duration_histogram_total{le="0.005"}}, for {@code histogram_quantile}). Kept in
 * adders here (recording is three additions, cheap enough for a storm) and read at each scrape, because WildFly
 * 39 forwards no timer histogram of an application to Prometheus (see {@link PrometheusMetrics}). Not named
 * {@code _bucket}: Prometheus' client reserves that suffix and drops it.
 */
@ApplicationScoped
public class RegistrationLatency {

    /** Upper bounds of the buckets, in seconds; one more bucket takes the rest (+Inf). */
    static final double[] BOUNDS = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5};
    private static final long[] BOUNDS_NANOS = new long[BOUNDS.length];

    static {
        for (int i = 0; i < BOUNDS.length; i++) {
            BOUNDS_NANOS[i] = (long) (BOUNDS[i] * 1e9);
        }
    }

    private final LongAdder[] buckets = new LongAdder[BOUNDS.length + 1];
    private final LongAdder count = new LongAdder();
    private final LongAdder totalNanos = new LongAdder();

    @Inject
    private MeterRegistry registry;

    public RegistrationLatency() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    /** At the web application's start, like the other metrics, so the series exist before the first registration. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.more().timer("dlc.location.registration.duration", PrometheusMetrics.tags(), this,
                r -> r.count.sum(), r -> r.totalNanos.sum(), TimeUnit.NANOSECONDS);
        for (int i = 0; i <= BOUNDS.length; i++) {
            int bucket = i;
            registry.more().counter("dlc.location.registration.duration.histogram",
                    PrometheusMetrics.tags("le", i < BOUNDS.length ? String.valueOf(BOUNDS[i]) : "+Inf"), this,
                    r -> r.upTo(bucket));
        }
    }

    @PreDestroy
    void unregister() {
        for (String name : new String[] {"dlc.location.registration.duration",
            "dlc.location.registration.duration.histogram"}) {
            registry.find(name).meters().forEach(registry::remove);
        }
    }

    /** Records one registration that started at {@code startNanos} ({@link System#nanoTime()}). */
    void took(long startNanos) {
        long nanos = System.nanoTime() - startNanos;
        int i = 0;
        while (i < BOUNDS_NANOS.length && nanos > BOUNDS_NANOS[i]) {
            i++;
        }
        buckets[i].increment();
        count.increment();
        totalNanos.add(nanos);
    }

    /** Registrations that took at most the bound of {@code bucket} (cumulative, as Prometheus' buckets are). */
    private long upTo(int bucket) {
        long n = 0;
        for (int i = 0; i <= bucket; i++) {
            n += buckets[i].sum();
        }
        return n;
    }
}
