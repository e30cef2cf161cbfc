package org.dlc.alarm;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The alarm log in the database. */
public final class JpaAlarmRepository implements AlarmRepository {

    private final EntityManager em;

    public JpaAlarmRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Alarm alarm) {
        em.persist(alarm);
    }

    /** Adds an alarm that keeps its handle, and moves the handle counter past it. */
    public void restore(Alarm alarm) {
        em.persist(alarm);
        em.flush();
        em.createNativeQuery("UPDATE DLC_SEQUENCE SET NEXT_VALUE = ? WHERE NAME = 'ALARM_HANDLE' AND NEXT_VALUE < ?")
                .setParameter(1, alarm.handle()).setParameter(2, alarm.handle()).executeUpdate();
    }

    @Override
    public Optional<Alarm> find(long handle) {
        return Optional.ofNullable(em.find(Alarm.class, handle));
    }

    @Override
    public Optional<Alarm> findForUpdate(long handle) {
        return Optional.ofNullable(em.find(Alarm.class, handle, LockModeType.PESSIMISTIC_WRITE,
                Map.of("eclipselink.refresh", "true")));
    }

    /**
     * Locked and read from the database, not the cache: a repeat counts on the latest committed count. The handle is
     * looked up without a lock, then only that row is locked, by its key, and checked again: a locking query (FOR
     * UPDATE) may not use an index on columns it could update (Derby), so it scanned the table, locking every row on
     * its way, and waited for every other transaction's new alarm (the rejection storm's profile: all of its lock
     * waits were here). The look-up names its index for Derby (PostgreSQL reads the hint as a comment): with
     * thousands of active alarms Derby's optimizer chose ALARM_ACTIVE (code, cleared at) and read every active alarm
     * 12 to find one extension's (the rejection storm's profile: 46 % of its samples).
     */
    @Override
    public Optional<Alarm> findActive(int code, String additionalText) {
        List<?> handles = em.createNativeQuery("SELECT HANDLE FROM ALARM --DERBY-PROPERTIES index=ALARM_ACTIVE_TEXT\n"
                        + " WHERE CODE = ? AND ADDITIONAL_TEXT = ? AND CLEARED_AT IS NULL")
                .setParameter(1, code).setParameter(2, additionalText).getResultList();
        return handles.stream().findFirst().map(handle -> ((Number) handle).longValue())
                .flatMap(this::findForUpdate)
                .filter(a -> a.code() == code && a.additionalText().equals(additionalText) && a.clearedAt() == null);
    }

    @Override
    public boolean anyActive(int code) {
        return !em.createQuery("SELECT a.handle FROM Alarm a WHERE a.code = :code AND a.clearedAt IS NULL", Long.class)
                .setParameter("code", code).setFlushMode(FlushModeType.COMMIT) // takes no row locks before the pool's
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Alarm> active() {
        return em.createQuery("SELECT a FROM Alarm a WHERE a.clearedAt IS NULL ORDER BY a.handle", Alarm.class)
                .getResultList();
    }

    @Override
    public List<Alarm> recentlyCleared(int max) {
        if (max == 0) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Alarm a WHERE a.clearedAt IS NOT NULL ORDER BY a.clearedAt DESC,"
                + " a.handle DESC", Alarm.class).setMaxResults(max).getResultList();
    }

    public List<Alarm> all() {
        return em.createQuery("SELECT a FROM Alarm a ORDER BY a.handle", Alarm.class).getResultList();
    }
}
