package org.dlc.alarm;

import java.util.Collection;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which alarms 12 and 14 are active, kept beside the alarm log from its committed changes, so that a location
 * registration that changes no handset can be answered without reading the log (a storm of retries right after
 * enforcement starts). Knows nothing until {@linkplain #load loaded}.
 *
 * <p>It may lag the log by an event in flight; each way errs safely. An alarm it does not know as active sends the
 * registration to the transactional path, which reads the log. An alarm it still knows as active after a clear
 * (a clear is forgotten before its commit, so only a registration that overlapped the clear can see it) gets the
 * repeat counted in memory; applying it finds the alarm cleared, drops the repeat and
 * {@linkplain #forgetRegistrationFailed forgets} the alarm, so the handset's next retry raises a new one.
 */
public final class ActiveAlarms {

    /** The active alarm 12 of each extension, by its additional text (the directory number). */
    private final ConcurrentHashMap<String, Long> rejections = new ConcurrentHashMap<>();
    private final Set<Long> passive = ConcurrentHashMap.newKeySet();
    private volatile boolean loaded;

    /** The alarms active in the log when this view starts; events that came meanwhile are kept. */
    public void load(Collection<AlarmSnapshot> active) {
        active.forEach(this::known);
        loaded = true;
    }

    /** A committed change of the log. */
    public void changed(AlarmEvent event) {
        if (event.alarm().active()) {
            known(event.alarm());
        } else {
            forget(event.alarm());
        }
    }

    /** The alarm is cleared, or being cleared: no repeat may count in it any more. */
    public void forget(AlarmSnapshot alarm) {
        if (alarm.code() == AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED.code()) {
            rejections.remove(alarm.additionalText(), alarm.handle());
        } else {
            passive.remove(alarm.handle());
        }
    }

    /** The extension's alarm 12 with this handle was found cleared. */
    public void forgetRegistrationFailed(AffectedHandset handset, long handle) {
        rejections.remove(handset.additionalText(), handle);
    }

    private void known(AlarmSnapshot alarm) {
        if (alarm.code() == AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED.code()) {
            rejections.put(alarm.additionalText(), alarm.handle());
        } else {
            passive.add(alarm.handle());
        }
    }

    /** The handle of the extension's active alarm 12, when known. */
    public OptionalLong registrationFailed(AffectedHandset handset) {
        Long handle = loaded ? rejections.get(handset.additionalText()) : null;
        return handle == null ? OptionalLong.empty() : OptionalLong.of(handle);
    }

    /** Whether an alarm 14 is known to be active. */
    public boolean passiveHandsetKnown() {
        return loaded && !passive.isEmpty();
    }
}
