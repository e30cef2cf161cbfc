package org.dlc.alarm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A log kept in memory, for the rules' unit tests. */
class InMemoryAlarmRepository implements AlarmRepository {

    private final List<Alarm> alarms = new ArrayList<>();

    @Override
    public void add(Alarm alarm) {
        alarm.assignHandle(alarms.size() + 1);
        alarms.add(alarm);
    }

    @Override
    public Optional<Alarm> find(long handle) {
        return alarms.stream().filter(a -> a.handle() == handle).findFirst();
    }

    @Override
    public Optional<Alarm> findForUpdate(long handle) {
        return find(handle);
    }

    @Override
    public Optional<Alarm> findActive(int code, String additionalText) {
        return active().stream().filter(a -> a.code() == code && a.additionalText().equals(additionalText)).findFirst();
    }

    @Override
    public boolean anyActive(int code) {
        return active().stream().anyMatch(a -> a.code() == code);
    }

    @Override
    public List<Alarm> active() {
        return alarms.stream().filter(Alarm::active).toList();
    }

    @Override
    public List<Alarm> recentlyCleared(int max) {
        return alarms.stream().filter(a -> !a.active()).sorted(Comparator.comparing(Alarm::clearedAt).reversed()
                .thenComparing(Comparator.comparingLong(Alarm::handle).reversed())).limit(max).toList();
    }
}
