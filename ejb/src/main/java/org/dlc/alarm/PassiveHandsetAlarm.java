package org.dlc.alarm;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.Lim;

/**
 * Raises alarm 14 unless one is active, one caller at a time, each in a transaction committed before the next
 * caller looks: two passive handsets identified at the same moment (a registration storm) raise one alarm 14,
 * not two. The caller's transaction is suspended meanwhile; the alarm stays even if it rolls back later.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class PassiveHandsetAlarm {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    @Inject
    private Event<AlarmEvent> events;

    private final ReentrantLock lock = new ReentrantLock();
    private final Clock clock = Clock.systemUTC();

    public void raiseUnlessActive(DirectoryNumber dir, Lim lim) {
        lock.lock();
        try {
            transaction.begin();
            try {
                Optional<AlarmEvent> raised = new AlarmLog(new JpaAlarmRepository(em))
                        .passiveHandsetIdentified(dir, lim, clock.instant());
                raised.ifPresent(events::fire);
                transaction.commit();
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new EJBException("alarm 14 could not be raised", e);
        } finally {
            lock.unlock();
        }
    }
}
