package org.dlc.alarm;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dlc.shared.NotFoundException;

/**
 * The rules for raising and clearing alarms 12 and 14.
 * <ul>
 * <li>Alarm 12 at each rejected registration. Repeats for the same directory number while its alarm is
 *     active fold into that alarm (count + 1, latest at = now) instead of a new handle.</li>
 * <li>Alarm 14 once, for the first identified passively supported handset; no second one while one is
 *     active; after it is cleared, the next identification raises a new one.</li>
 * </ul>
 */
public final class AlarmLog {

    private final AlarmRepository repository;

    public AlarmLog(AlarmRepository repository) {
        this.repository = repository;
    }

    public AlarmEvent registrationRejected(AffectedHandset handset, Instant now) {
        AlarmDefinition definition = AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED;
        Optional<Alarm> active = repository.findActive(definition.code(), handset.additionalText());
        if (active.isPresent()) {
            active.get().repeated(handset, now, 1);
            return new AlarmEvent(AlarmEvent.Kind.REPEATED, active.get().snapshot());
        }
        return raise(definition, handset, now);
    }

    /**
     * Rejections counted in memory ({@link RepeatedRejections}) join the alarm they were counted in, if it is still
     * active; repeats that overlapped its clear are dropped (the handset's next rejection raises a new alarm).
     * @return the repeat, or empty when the alarm was cleared meanwhile
     */
    public Optional<AlarmEvent> registrationsRejected(RepeatedRejections.Repeats repeats) {
        Optional<Alarm> alarm = repository.findForUpdate(repeats.handle()).filter(Alarm::active);
        alarm.ifPresent(a -> a.repeated(repeats.latest(), repeats.latestAt(), repeats.times()));
        return alarm.map(a -> new AlarmEvent(AlarmEvent.Kind.REPEATED, a.snapshot()));
    }

    /** @return the raised alarm, or empty when an alarm 14 is already active */
    public Optional<AlarmEvent> passiveHandsetIdentified(AffectedHandset handset, Instant now) {
        AlarmDefinition definition = AlarmDefinition.THIRD_PARTY_WITHOUT_LICENSE;
        if (repository.anyActive(definition.code())) {
            return Optional.empty();
        }
        return Optional.of(raise(definition, handset, now));
    }

    private AlarmEvent raise(AlarmDefinition definition, AffectedHandset handset, Instant now) {
        Alarm alarm = new Alarm(definition, handset, now);
        repository.add(alarm);
        return new AlarmEvent(AlarmEvent.Kind.RAISED, alarm.snapshot());
    }

    /** The history an NMS can read back: at most {@code max} cleared alarms, the most recently cleared first. */
    public List<AlarmSnapshot> recentlyCleared(int max) {
        return repository.recentlyCleared(max).stream().map(Alarm::snapshot).toList();
    }

    /** @return the clear event, or empty when the alarm was already cleared */
    public Optional<AlarmEvent> clear(long handle, Instant now) {
        Alarm alarm = find(handle);
        if (!alarm.active()) {
            return Optional.empty();
        }
        alarm.clear(now);
        return Optional.of(new AlarmEvent(AlarmEvent.Kind.CLEARED, alarm.snapshot()));
    }

    public AlarmSnapshot notice(long handle) {
        Alarm alarm = find(handle);
        alarm.notice();
        return alarm.snapshot();
    }

    /** Locked: a clear or notice never writes over a repeat committed meanwhile, nor shows an older count. */
    private Alarm find(long handle) {
        return repository.findForUpdate(handle)
                .orElseThrow(() -> new NotFoundException("alarm handle " + handle + " does not exist"));
    }
}
