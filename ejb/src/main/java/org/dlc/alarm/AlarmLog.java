package org.dlc.alarm;

import java.time.Instant;
import java.util.Optional;
import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.Lim;
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

    public AlarmEvent registrationRejected(DirectoryNumber dir, Lim lim, Instant now) {
        AlarmDefinition definition = AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED;
        String text = AlarmDefinition.additionalText(dir.value());
        Optional<Alarm> active = repository.findActive(definition.code(), text);
        if (active.isPresent()) {
            active.get().repeated(now);
            return new AlarmEvent(AlarmEvent.Kind.REPEATED, active.get().snapshot());
        }
        return raise(definition, lim, text, now);
    }

    /** @return the raised alarm, or empty when an alarm 14 is already active */
    public Optional<AlarmEvent> passiveHandsetIdentified(DirectoryNumber dir, Lim lim, Instant now) {
        AlarmDefinition definition = AlarmDefinition.THIRD_PARTY_WITHOUT_LICENSE;
        if (repository.anyActive(definition.code())) {
            return Optional.empty();
        }
        return Optional.of(raise(definition, lim, AlarmDefinition.additionalText(dir.value()), now));
    }

    private AlarmEvent raise(AlarmDefinition definition, Lim lim, String text, Instant now) {
        Alarm alarm = new Alarm(definition, lim, text, now);
        repository.add(alarm);
        return new AlarmEvent(AlarmEvent.Kind.RAISED, alarm.snapshot());
    }

    /** @return the clear event, or empty when the alarm was already cleared */
    public Optional<AlarmEvent> clear(int handle, Instant now) {
        Alarm alarm = find(handle);
        if (!alarm.active()) {
            return Optional.empty();
        }
        alarm.clear(now);
        return Optional.of(new AlarmEvent(AlarmEvent.Kind.CLEARED, alarm.snapshot()));
    }

    public AlarmSnapshot notice(int handle) {
        Alarm alarm = find(handle);
        alarm.notice();
        return alarm.snapshot();
    }

    private Alarm find(int handle) {
        return repository.find(handle).orElseThrow(() -> new NotFoundException("alarm handle " + handle + " does not exist"));
    }
}
