package org.dlc.alarm;

import java.util.Collection;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which alarms 12 and 14 are active, kept beside the alarm log from its committed changes, so that a location
 * registration that changes no handset can be answered without reading the log (a storm of retries right after
 * enforcement starts). Knows nothing until {@linkplain #load loaded}.
 *
 * <p>Committed changes come in from several threads, not always in the order they were committed: a repeat's event
 * may come after the clear that followed it. Handles only grow, so each extension's latest alarm 12 is kept with
 * whether it is cleared, and the highest alarm 14 cleared is kept: an event about an alarm already cleared, or older
 * than the one known, changes nothing. A clear is forgotten before its commit too, so a registration that starts
 * after the clear was answered never counts in it; one that overlapped the clear may, and applying that repeat finds
 * the alarm cleared and drops it ({@link AlarmLog#registrationsRejected}).
 */
public final class ActiveAlarms {

    /** An extension's latest alarm 12 known: its handle, and whether it is active. */
    private record Latest(long handle, boolean active) {
    }

    /** By additional text (the directory number). */
    private final ConcurrentHashMap<String, Latest> registrationFailed = new ConcurrentHashMap<>();
    private final Set<Long> passiveActive = ConcurrentHashMap.newKeySet();
    private final AtomicLong passiveClearedUpTo = new AtomicLong();
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
            cleared(alarm.additionalText(), alarm.handle());
        } else if (alarm.code() == AlarmDefinition.THIRD_PARTY_WITHOUT_LICENSE.code()) {
            passiveClearedUpTo.accumulateAndGet(alarm.handle(), Math::max);
            passiveActive.remove(alarm.handle());
        }
    }

    /** The extension's alarm 12 with this handle was found cleared. */
    public void forgetRegistrationFailed(AffectedHandset handset, long handle) {
        cleared(handset.additionalText(), handle);
    }

    private void cleared(String additionalText, long handle) {
        registrationFailed.compute(additionalText, (text, latest) ->
                latest == null || handle >= latest.handle() ? new Latest(handle, false) : latest);
    }

    private void known(AlarmSnapshot alarm) {
        if (alarm.code() == AlarmDefinition.THIRD_PARTY_REGISTRATION_FAILED.code()) {
            registrationFailed.compute(alarm.additionalText(), (text, latest) ->
                    latest == null || alarm.handle() > latest.handle() ? new Latest(alarm.handle(), true) : latest);
        } else if (alarm.code() == AlarmDefinition.THIRD_PARTY_WITHOUT_LICENSE.code()
                && alarm.handle() > passiveClearedUpTo.get()) {
            passiveActive.add(alarm.handle());
            if (alarm.handle() <= passiveClearedUpTo.get()) {
                passiveActive.remove(alarm.handle()); // cleared meanwhile
            }
        }
    }

    /** The handle of the extension's active alarm 12, when known. */
    public OptionalLong registrationFailed(AffectedHandset handset) {
        Latest latest = loaded ? registrationFailed.get(handset.additionalText()) : null;
        return latest != null && latest.active() ? OptionalLong.of(latest.handle()) : OptionalLong.empty();
    }

    /** Whether an alarm 14 is known to be active. */
    public boolean passiveHandsetKnown() {
        return loaded && !passiveActive.isEmpty();
    }
}
