package org.dlc.alarm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Repeated rejections of handsets whose alarm 12 is active, counted in memory and added to their alarms in batches:
 * a retry then costs no transaction (the storm of retries right after enforcement starts). The handset is already
 * blocked and the alarm already raised, so what waits here is only each alarm's count, latest time and latest
 * handset: a crash loses at most what was counted since the last batch (README, Rules where the specification is
 * silent).
 */
public final class RepeatedRejections {

    /** {@code times} rejections counted in alarm {@code handle}, the latest at {@code latestAt} by {@code latest}. */
    public record Repeats(long handle, int times, Instant latestAt, AffectedHandset latest) {

        Repeats and(Repeats more) {
            boolean later = !more.latestAt.isBefore(latestAt);
            return new Repeats(handle, times + more.times, later ? more.latestAt : latestAt,
                    later ? more.latest : latest);
        }
    }

    private final ConcurrentHashMap<Long, Repeats> pending = new ConcurrentHashMap<>();

    public void count(long handle, AffectedHandset handset, Instant at) {
        pending.merge(handle, new Repeats(handle, 1, at, handset), Repeats::and);
    }

    /** Takes what was counted so far, in the order of the handles (so batches lock alarm rows in one order). */
    public List<Repeats> drain() {
        List<Repeats> drained = new ArrayList<>();
        for (Long handle : pending.keySet()) {
            Repeats r = pending.remove(handle);
            if (r != null) {
                drained.add(r);
            }
        }
        drained.sort(Comparator.comparingLong(Repeats::handle));
        return drained;
    }

    /** Puts back what could not be stored, for the next batch. */
    public void undrain(Collection<Repeats> repeats) {
        repeats.forEach(r -> pending.merge(r.handle(), r, Repeats::and));
    }

    public boolean isEmpty() {
        return pending.isEmpty();
    }
}
