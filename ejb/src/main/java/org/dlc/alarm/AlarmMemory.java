package org.dlc.alarm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantLock;
import org.dlc.persistence.ClusterMode;

/**
 * What a single server keeps in memory so that a repeated location registration needs no transaction: which
 * alarms are active ({@link ActiveAlarms}, followed from the committed changes) and the repeated rejections not yet
 * written ({@link RepeatedRejections}, written by {@link RepeatedRejectionsWriter}). In
 * {@linkplain ClusterMode cluster mode} it knows nothing (another node's clear would not be seen): every repeat is
 * recorded in a transaction.
 */
@ApplicationScoped
public class AlarmMemory {

    private final boolean enabled = !ClusterMode.on();
    private final ActiveAlarms active = new ActiveAlarms();
    private final RepeatedRejections rejections = new RepeatedRejections();
    private final ReentrantLock storing = new ReentrantLock();
    private volatile boolean closed;

    /**
     * Counts a repeated rejection in the extension's alarm 12, if it is known to be active.
     * @return whether it was counted; if not, the caller records the rejection in a transaction
     */
    public boolean countRejection(AffectedHandset handset, Instant at) {
        if (!enabled || closed) {
            return false;
        }
        OptionalLong handle = active.registrationFailed(handset);
        handle.ifPresent(h -> rejections.count(h, handset, at));
        return handle.isPresent();
    }

    /** Whether an alarm 14 is known to be active (so a repeated passive registration needs nothing). */
    public boolean passiveHandsetAlarmActive() {
        return enabled && active.passiveHandsetKnown();
    }

    /**
     * The application stops: nothing more is counted here (the server was suspended before, so no registration is
     * under way); the caller then stores what was counted.
     */
    void close() {
        closed = true;
    }

    /** The alarms active when the server starts. */
    void load(Collection<AlarmSnapshot> activeNow) {
        if (enabled) {
            active.load(activeNow);
        }
    }

    /** A clear about to commit: from now on repeats of that alarm go to the transactional path. */
    void clearing(@Observes(during = TransactionPhase.BEFORE_COMPLETION) AlarmEvent event) {
        if (enabled && event.kind() == AlarmEvent.Kind.CLEARED) {
            active.forget(event.alarm());
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlarmEvent event) {
        if (enabled) {
            active.changed(event);
        }
    }

    /**
     * Runs {@code store} (which writes what {@link #drain} takes, in a transaction of its own) unless nothing waits,
     * one store at a time: whoever calls this after counting or to read the log returns only once every repeat
     * counted before the call is committed, also when the timer's store was under way.
     */
    void store(Runnable store) {
        storing.lock();
        try {
            if (!rejections.isEmpty()) {
                store.run();
            }
        } finally {
            storing.unlock();
        }
    }

    List<RepeatedRejections.Repeats> drain() {
        return rejections.drain();
    }

    void undrain(Collection<RepeatedRejections.Repeats> repeats) {
        rejections.undrain(repeats);
    }

    /** The alarm the repeats were counted in was found cleared: nothing more counts in it. */
    void foundCleared(RepeatedRejections.Repeats repeats) {
        active.forgetRegistrationFailed(repeats.latest(), repeats.handle());
    }
}
