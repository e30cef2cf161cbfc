package org.dlc.alarm;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dlc.persistence.ClusterMode;
import org.dlc.persistence.TransactionEnd;

/**
 * On a single server: loads which alarms are active into {@link AlarmMemory} at start, then adds the repeated
 * rejections counted there to their alarms 12 every {@link #EVERY_MILLIS} ms, before every reading and change of the
 * alarm log ({@link AlarmService}), and once more when the application stops (a crash loses what was counted since
 * the last write). It writes through its own persistence context, not through another bean: at a stop the server
 * may have stopped those before this one.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // one store at a time: AlarmMemory.store's lock
public class RepeatedRejectionsWriter {

    static final long EVERY_MILLIS = 1_000;
    private static final Logger LOG = Logger.getLogger(RepeatedRejectionsWriter.class.getName());

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @Inject
    private AlarmMemory memory;

    @Inject
    private Event<AlarmEvent> events;

    @Resource
    private TimerService timers;

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transaction;

    @PostConstruct
    void start() {
        if (ClusterMode.on()) {
            return;
        }
        memory.load(new JpaAlarmRepository(em).active().stream().map(Alarm::snapshot).toList());
        timers.createIntervalTimer(EVERY_MILLIS, EVERY_MILLIS, new TimerConfig(null, false));
    }

    /** An orderly stop (undeploy, shutdown, restart) loses no count. */
    @PreDestroy
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void stop() {
        if (ClusterMode.on()) {
            return;
        }
        memory.close();
        memory.store(this::write); // after a timer's store that may still be under way
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everySecond() {
        try {
            memory.store(context.getBusinessObject(RepeatedRejectionsWriter.class)::store);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Repeated rejections not stored (kept for the next time): " + e.getMessage(), e);
        }
    }

    /**
     * Adds what was counted to the alarms, in a transaction of its own; what cannot be stored is kept for the next
     * time. Called through {@link AlarmMemory#store}, one store at a time. Counts that guarded registrations made.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store() {
        write();
    }

    private void write() {
        List<RepeatedRejections.Repeats> drained = memory.drain();
        if (drained.isEmpty()) {
            return;
        }
        TransactionEnd.afterRollback(transaction, () -> memory.undrain(drained));
        AlarmLog log = new AlarmLog(new JpaAlarmRepository(em));
        for (RepeatedRejections.Repeats repeats : drained) {
            log.registrationsRejected(repeats).ifPresentOrElse(events::fire, () -> foundCleared(repeats));
        }
    }

    /** Repeats that overlapped their alarm's clear: counted in neither (README, Rules where the specification is silent). */
    private void foundCleared(RepeatedRejections.Repeats repeats) {
        memory.foundCleared(repeats);
        LOG.info(repeats.times() + " repeated rejection(s) of " + repeats.latest().additionalText()
                + " not counted: alarm " + repeats.handle() + " was cleared meanwhile");
    }
}
