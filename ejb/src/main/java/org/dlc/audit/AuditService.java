package org.dlc.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/**
 * The audit trail. A change is recorded by the service that makes it, in its transaction: the record commits with
 * the change, and a change that is rolled back leaves none. The actor is the authenticated caller; the address
 * comes from the HTTP request ({@link RequestOrigin}).
 */
@Stateless
public class AuditService {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @Resource
    private SessionContext context;


    private final Clock clock = Clock.systemUTC();

    /**
     * Records a change in the caller's transaction (there must be one). Called by the services that make changes,
     * whose own permissions guard them.
     * @param before the state before, null if it did not exist; secrets only as "set"
     * @param after the state after, null if it no longer exists
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changed(AuditAction action, String subject, String before, String after) {
        em.persist(AuditRecord.done(clock.instant(), context.getCallerPrincipal().getName(), address(), action,
                subject, before, after));
    }

    /**
     * {@link #changed} for a service that calls on as another role ({@code @RunAs}), where this bean would see that
     * role's principal: the service names the caller it served.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changedBy(String actor, AuditAction action, String subject, String before, String after) {
        em.persist(AuditRecord.done(clock.instant(), actor, address(), action, subject, before, after));
    }

    /**
     * A login with a wrong name or password: recorded on its own, as the name that was tried. The address is the
     * caller's: the server refuses before the request reaches {@link RequestOrigin}'s filter.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loginRefused(String triedName, String how, String address) {
        em.persist(AuditRecord.refused(clock.instant(), triedName, address, AuditAction.LOGIN_REFUSED, how,
                "wrong name or password"));
    }

    /** An authenticated caller refused for a missing permission: what was asked, and the refusal. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void accessRefused(String what, String refusal) {
        em.persist(AuditRecord.refused(clock.instant(), context.getCallerPrincipal().getName(), address(),
                AuditAction.ACCESS_REFUSED, what, refusal));
    }

    @Requires(Permission.AUDIT_READ)
    @RolesAllowed({"admin", "read-only"})
    public List<AuditRecord> list(AuditQuery q) {
        TypedQuery<AuditRecord> query = em.createQuery("SELECT a FROM AuditRecord a" + where(q)
                + " ORDER BY a.id DESC", AuditRecord.class);
        parameters(q).forEach(query::setParameter);
        return query.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList();
    }

    @Requires(Permission.AUDIT_READ)
    @RolesAllowed({"admin", "read-only"})
    public long count(AuditQuery q) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(a) FROM AuditRecord a" + where(q), Long.class);
        parameters(q).forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(AuditQuery q) {
        List<String> conditions = new ArrayList<>();
        parameters(q).keySet().forEach(name -> conditions.add(switch (name) {
            case "subject" -> "LOCATE(:subject, a.subject) > 0";
            case "from" -> "a.at >= :from";
            case "to" -> "a.at < :to";
            default -> "a." + name + " = :" + name;
        }));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Map<String, Object> parameters(AuditQuery q) {
        Map<String, Object> p = new LinkedHashMap<>();
        putIfSet(p, "actor", q.actor());
        putIfSet(p, "action", q.action());
        putIfSet(p, "subject", q.subject());
        putIfSet(p, "from", q.from());
        putIfSet(p, "to", q.to());
        putIfSet(p, "outcome", q.outcome());
        return p;
    }

    private static void putIfSet(Map<String, Object> p, String name, Object value) {
        if (value != null) {
            p.put(name, value);
        }
    }

    private String address() {
        return RequestOrigin.address();
    }
}
