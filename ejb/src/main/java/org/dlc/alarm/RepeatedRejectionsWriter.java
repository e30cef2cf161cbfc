package org.dlc.alarm;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dlc.persistence.ClusterMode;

/**
 * On a single server: loads which alarms are active into {@link AlarmMemory} at start, then writes the repeated
 * rejections counted in memory every {@link #EVERY_MILLIS} ms (a crash loses at most that much of their counts).
 * Reads the log as read-only.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
@RunAs("read-only")
public class RepeatedRejectionsWriter {

    static final long EVERY_MILLIS = 1_000;
    private static final Logger LOG = Logger.getLogger(RepeatedRejectionsWriter.class.getName());

    @EJB
    private AlarmService alarms;

    @Inject
    private AlarmMemory memory;

    @Resource
    private TimerService timers;

    @PostConstruct
    void start() {
        if (ClusterMode.on()) {
            return;
        }
        memory.load(alarms.active());
        timers.createIntervalTimer(EVERY_MILLIS, EVERY_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void write() {
        try {
            memory.store(alarms::storeRepeatedRejections);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Repeated rejections not stored (kept for the next time): " + e.getMessage(), e);
        }
    }
}
