package org.dlc.alarm;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dlc.audit.AuditAction;
import org.dlc.audit.AuditService;
import org.dlc.license.JpaLicenses;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/** Runs the alarm rules in transactions and publishes what changed once it is committed. */
@Stateless
public class AlarmService {

    private static final Logger LOG = Logger.getLogger(AlarmService.class.getName());

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @Inject
    private Event<AlarmEvent> events;

    @EJB
    private AuditService audit;

    @Inject
    private AlarmMemory memory;

    @EJB
    private RepeatedRejectionsWriter writer;

    private final Clock clock = Clock.systemUTC();

    private JpaAlarmRepository repository() {
        return new JpaAlarmRepository(em);
    }

    private AlarmLog log() {
        return new AlarmLog(repository());
    }

    // Every reading, clear and notice first writes the repeats counted in memory, once, before its own transaction
    // touches an alarm: the private methods below never do. (An import's restore adds alarms of another system.)

    @Requires({Permission.ALARM_READ, Permission.SYSTEM_READ})
    @RolesAllowed({"admin", "operator", "read-only"})
    public List<AlarmSnapshot> active() {
        storeRepeatsFirst();
        return activeNow();
    }

    private List<AlarmSnapshot> activeNow() {
        return repository().active().stream().map(Alarm::snapshot).toList();
    }

    @Requires(Permission.ALARM_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public List<AlarmSnapshot> all() {
        storeRepeatsFirst();
        return repository().all().stream().map(Alarm::snapshot).toList();
    }

    @Requires(Permission.ALARM_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public Optional<AlarmSnapshot> find(long handle) {
        storeRepeatsFirst();
        return stored(handle);
    }

    private Optional<AlarmSnapshot> stored(long handle) {
        return repository().find(handle).map(Alarm::snapshot);
    }

    /** The cleared-alarm history (the SNMP agent's dlcAlarmClearedTable): at most {@code max}, newest first. */
    @Requires(Permission.ALARM_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public List<AlarmSnapshot> recentlyCleared(int max) {
        storeRepeatsFirst();
        return log().recentlyCleared(max);
    }

    /**
     * Counts every rejection answered before the clear. @return whether the alarm was active (an already cleared
     * alarm is left as it is)
     */
    @Requires(Permission.ALARM_CHANGE)
    @RolesAllowed({"admin", "operator"})
    public boolean clear(long handle) {
        storeRepeatsBeforeChange();
        return clearStored(handle);
    }

    private boolean clearStored(long handle) {
        Optional<AlarmSnapshot> before = stored(handle);
        Optional<AlarmEvent> cleared = log().clear(handle, clock.instant());
        cleared.ifPresent(event -> {
            audit.changed(AuditAction.ALARM_CLEAR, event.alarm().subject(), before.orElseThrow().describe(),
                    event.alarm().describe());
            events.fire(event);
        });
        return cleared.isPresent();
    }

    /** Clears every active alarm ({@code alarm -e}); @return how many were cleared */
    @Requires(Permission.ALARM_CHANGE)
    @RolesAllowed({"admin", "operator"})
    public int clearAll() {
        storeRepeatsBeforeChange();
        int n = 0;
        for (AlarmSnapshot a : activeNow()) {
            n += clearStored(a.handle()) ? 1 : 0;
        }
        return n;
    }

    @Requires(Permission.ALARM_CHANGE)
    @RolesAllowed({"admin", "operator"})
    public AlarmSnapshot notice(long handle) {
        storeRepeatsBeforeChange();
        Optional<AlarmSnapshot> before = stored(handle);
        AlarmSnapshot noticed = log().notice(handle);
        if (!before.orElseThrow().noticed()) {
            audit.changed(AuditAction.ALARM_NOTICED, noticed.subject(), before.get().describe(), noticed.describe());
        }
        events.fire(new AlarmEvent(AlarmEvent.Kind.NOTICED, noticed));
        return noticed;
    }

    /**
     * Adds an alarm carried over from an export, unless this log has that handle already (an export imported back
     * into the server it came from). Later handles continue after it. The SNMP table shows it; no notification is
     * sent, as nothing happened now.
     * @return whether it was added
     */
    @Requires(Permission.TRANSFER_IMPORT)
    @RolesAllowed("admin")
    public boolean restore(Alarm alarm) {
        JpaAlarmRepository repository = repository();
        if (repository.find(alarm.handle()).isPresent()) {
            return false;
        }
        repository.restore(alarm);
        events.fire(new AlarmEvent(AlarmEvent.Kind.RESTORED, alarm.snapshot()));
        return true;
    }

    /** Before a reading: if the store fails, the reading shows the counts last stored (and the log says why). */
    private void storeRepeatsFirst() {
        try {
            storeRepeatsBeforeChange();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Repeated rejections not stored before a reading (kept for the next time): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Before a change (clear, notice): if the store fails, so does the change, changing nothing (a clear that went on
     * would drop the repeats counted before it).
     */
    private void storeRepeatsBeforeChange() {
        memory.store(writer::store);
    }

    /** Runs inside the caller's transaction (a location registration). */
    @Requires(Permission.DECT_AIR_INTERFACE)
    @RolesAllowed({"admin", "operator", "dect-controller"})
    public void registrationRejected(AffectedHandset handset) {
        events.fire(log().registrationRejected(handset, clock.instant()));
    }

    /**
     * Usually an alarm 14 is active already: one indexed look-up. Otherwise the first identifications are
     * serialised on the license pool's row lock (held to commit, taken before this transaction writes
     * anything, so in the same order as seizures take it): the next one sees the committed alarm and raises
     * none. Without it, a registration storm raised two alarms 14.
     */
    @Requires(Permission.DECT_AIR_INTERFACE)
    @RolesAllowed({"admin", "operator", "dect-controller"})
    public void passiveHandsetIdentified(AffectedHandset handset) {
        if (repository().anyActive(AlarmDefinition.THIRD_PARTY_WITHOUT_LICENSE.code())) {
            return;
        }
        new JpaLicenses(em).lockPool();
        log().passiveHandsetIdentified(handset, clock.instant()).ifPresent(events::fire);
    }
}
