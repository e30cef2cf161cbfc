package org.dlc.alarm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The alarm handle counter (the row ALARM_HANDLE of DLC_SEQUENCE, made with the table by the handle's generator):
 * each handle is taken in a short transaction of its own, so concurrent raises (a rejection storm right after
 * enforcement starts) queue on the counter's row for that moment only, not until each raising transaction commits.
 * Handles stay unique, stable and never reused; a raise that is rolled back leaves its handle unused.
 */
@ApplicationScoped
public class AlarmHandles {

    private static final String ROW = "ALARM_HANDLE";

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long next() {
        int updated = em.createNativeQuery("UPDATE DLC_SEQUENCE SET NEXT_VALUE = NEXT_VALUE + 1 WHERE NAME = ?")
                .setParameter(1, ROW).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("DLC_SEQUENCE has no " + ROW + " row; the schema was not created properly");
        }
        return ((Number) em.createNativeQuery("SELECT NEXT_VALUE FROM DLC_SEQUENCE WHERE NAME = ?")
                .setParameter(1, ROW).getSingleResult()).longValue();
    }
}
