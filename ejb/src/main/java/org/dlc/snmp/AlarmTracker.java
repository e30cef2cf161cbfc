package org.dlc.snmp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.dlc.alarm.AlarmEvent;
import org.dlc.alarm.AlarmSnapshot;

/**
 * What the running agent has notified of each active alarm, so that each change is notified once however it is
 * learnt: from this server's committed alarm events, or - on a cluster, where alarms also change on the other
 * nodes - from reading the alarm log ({@link #changesSince}). An event or a reading that brings nothing new (the
 * same count, an alarm already cleared) gives nothing; one that arrives late (a lower count) neither. A reading
 * taken while this server's events came in is older than them for the alarms they changed: those alarms are left
 * to the next reading (else a raise the reading missed would be notified as a clear, then raised again). Events come
 * in from the threads that committed them, not always in commit order: an event about an alarm cleared since (a
 * repeat whose thread came after the clear's) gives nothing either.
 */
final class AlarmTracker {

    /** How many cleared handles are remembered for events that come late (they come milliseconds late). */
    static final int CLEARED_REMEMBERED = 10_000;

    private final Map<Long, AlarmSnapshot> active = new HashMap<>();
    private final Set<Long> cleared = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > CLEARED_REMEMBERED;
        }
    });
    /** The readings begun so far; per alarm an event of this server changed, the readings begun before it. */
    private long readings;
    private final Map<Long, Long> changedByEvent = new HashMap<>();

    AlarmTracker(Collection<AlarmSnapshot> activeNow) {
        activeNow.forEach(a -> active.put(a.handle(), a));
    }

    /** The notifications an event of this server stands for: none, or the event itself. */
    synchronized List<AlarmEvent> accept(AlarmEvent event) {
        AlarmSnapshot a = event.alarm();
        AlarmSnapshot known = active.get(a.handle());
        changedByEvent.put(a.handle(), readings);
        if (event.kind() != AlarmEvent.Kind.CLEARED && cleared.contains(a.handle())) {
            return List.of();
        }
        return switch (event.kind()) {
            case CLEARED -> {
                cleared.add(a.handle());
                yield active.remove(a.handle()) != null ? List.of(event) : List.of();
            }
            case RESTORED -> {
                active.put(a.handle(), a);
                yield List.of(event);
            }
            case RAISED, REPEATED, NOTICED -> known == null ? raised(a) : changed(known, a);
        };
    }

    /** A reading of the alarm log begins: call before reading it, and hand the result to {@link #changesSince}. */
    synchronized long reading() {
        return ++readings;
    }

    /**
     * The notifications the alarm log, as read in {@code reading}, stands for: raises, repeats, notices of alarms
     * that changed since they were last seen, and clears of those no longer active ({@code find} gives their
     * cleared state); nothing for the alarms an event changed since the reading began.
     */
    synchronized List<AlarmEvent> changesSince(long reading, Collection<AlarmSnapshot> activeNow,
                                               LongFunction<Optional<AlarmSnapshot>> find) {
        List<AlarmEvent> events = new ArrayList<>();
        Set<Long> still = new HashSet<>();
        for (AlarmSnapshot a : activeNow) {
            still.add(a.handle());
            if (!changedSince(a.handle(), reading)) {
                AlarmSnapshot known = active.get(a.handle());
                events.addAll(known == null ? raised(a) : changed(known, a));
            }
        }
        for (Long handle : List.copyOf(active.keySet())) {
            if (!still.contains(handle) && !changedSince(handle, reading)) {
                AlarmSnapshot last = active.remove(handle);
                cleared.add(handle);
                events.add(new AlarmEvent(AlarmEvent.Kind.CLEARED, find.apply(handle).orElse(last)));
            }
        }
        // Readings begin one after the other: the next one sees what an event changed before this one began.
        changedByEvent.values().removeIf(before -> before < reading);
        return events;
    }

    private boolean changedSince(long handle, long reading) {
        Long before = changedByEvent.get(handle);
        return before != null && before >= reading;
    }

    private List<AlarmEvent> raised(AlarmSnapshot a) {
        active.put(a.handle(), a);
        return List.of(new AlarmEvent(AlarmEvent.Kind.RAISED, a));
    }

    private List<AlarmEvent> changed(AlarmSnapshot known, AlarmSnapshot a) {
        List<AlarmEvent> events = new ArrayList<>();
        if (a.count() > known.count()) {
            events.add(new AlarmEvent(AlarmEvent.Kind.REPEATED, a));
        }
        if (a.noticed() && !known.noticed()) {
            events.add(new AlarmEvent(AlarmEvent.Kind.NOTICED, a));
        }
        if (!events.isEmpty()) {
            active.put(a.handle(), a.count() >= known.count() ? a : known);
        }
        return events;
    }
}
