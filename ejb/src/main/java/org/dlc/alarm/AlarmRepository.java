package org.dlc.alarm;

import java.util.List;
import java.util.Optional;

/** Where the alarm log is kept. */
public interface AlarmRepository {

    /** Adds the alarm and gives it the next handle: unique, stable, never reused. */
    void add(Alarm alarm);

    Optional<Alarm> find(long handle);

    /** Locked until the transaction ends, and read from the log itself (not a cache). */
    Optional<Alarm> findForUpdate(long handle);

    Optional<Alarm> findActive(int code, String additionalText);

    boolean anyActive(int code);

    List<Alarm> active();

    /** At most {@code max} cleared alarms, the most recently cleared first. */
    List<Alarm> recentlyCleared(int max);
}
