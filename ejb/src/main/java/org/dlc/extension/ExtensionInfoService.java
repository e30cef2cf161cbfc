package org.dlc.extension;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dlc.handset.Classification;
import org.dlc.handset.Handset;
import org.dlc.security.Permission;
import org.dlc.security.Requires;
import org.dlc.shared.NotFoundException;

/** extension_info: extensions with their handsets, filtered and paged in the database. */
@Stateless
public class ExtensionInfoService {

    /** Extensions read per step while a filter on the handset thins out the rows of a first page. */
    private static final int FILTERED_STEP = 1_000;
    private static final String FROM = " FROM Extension e LEFT JOIN Handset h ON h.directoryNumber = e.directoryNumber";

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /**
     * A page of rows. A first page (offset 0: every screen's first page, and each page of a printout, which
     * walks by key) is read in steps of extensions in sort-key order, which Derby takes from the index and
     * stops after the step, with each step's handsets fetched by the same key range; a filter on the handset
     * is applied to the rows. A later page without such a filter is read the same way after skipping the
     * offset in the index. Only a later page with a filter on the handset needs the join, which Derby sorts.
     */
    @Requires(Permission.EXTENSION_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public List<ExtensionInfo> list(ExtensionQuery q) {
        Instant notSeenSince = q.handsets().notSeenSince(clock.instant());
        if (q.offset() == 0) {
            return firstRows(q, notSeenSince);
        }
        if (!handsetFilter(q)) {
            return withHandsets(extensions(q.from() == null ? null : q.from().sortKey(), true, q, q.offset(), q.limit()))
                    .toList();
        }
        TypedQuery<Object[]> query = em.createQuery("SELECT e, h" + FROM + where(q)
                + " ORDER BY e.sortKey", Object[].class);
        bind(query, q, notSeenSince);
        // Rows become ExtensionInfo at once: read the shared cache's objects, never copies kept in the transaction.
        query.setHint("eclipselink.read-only", "true");
        return query.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList().stream()
                .map(row -> info((Extension) row[0], (Handset) row[1])).toList();
    }

    private List<ExtensionInfo> firstRows(ExtensionQuery q, Instant notSeenSince) {
        int step = handsetFilter(q) ? Math.max(q.limit(), FILTERED_STEP) : q.limit();
        List<ExtensionInfo> rows = new ArrayList<>();
        String key = q.from() == null ? null : q.from().sortKey();
        boolean inclusive = true;
        while (rows.size() < q.limit()) {
            List<Extension> batch = extensions(key, inclusive, q, 0, step);
            withHandsets(batch).filter(row -> matches(row, q, notSeenSince)).limit(q.limit() - rows.size()).forEach(rows::add);
            if (batch.size() < step) {
                break;
            }
            key = DirectoryNumber.sortKey(batch.get(batch.size() - 1).directoryNumber().value());
            inclusive = false;
        }
        return rows;
    }

    /** Extensions in sort-key order from {@code key} (or the start) up to the query's end, from the index. */
    private List<Extension> extensions(String key, boolean inclusive, ExtensionQuery q, int offset, int limit) {
        String from = key == null ? "" : inclusive ? " AND e.sortKey >= :from" : " AND e.sortKey > :from";
        TypedQuery<Extension> query = em.createQuery("SELECT e FROM Extension e WHERE 1 = 1" + from
                + (q.to() == null ? "" : " AND e.sortKey <= :to") + " ORDER BY e.sortKey", Extension.class);
        if (key != null) {
            query.setParameter("from", key);
        }
        if (q.to() != null) {
            query.setParameter("to", q.to().sortKey());
        }
        query.setHint("eclipselink.read-only", "true");
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** The extensions' rows, their handsets read in one query over the same sort-key range. */
    private Stream<ExtensionInfo> withHandsets(List<Extension> page) {
        if (page.isEmpty()) {
            return Stream.empty();
        }
        Map<String, Handset> handsets = new HashMap<>();
        em.createQuery("SELECT h FROM Handset h, Extension e WHERE e.directoryNumber = h.directoryNumber"
                        + " AND e.sortKey >= :first AND e.sortKey <= :last", Handset.class)
                .setParameter("first", DirectoryNumber.sortKey(page.get(0).directoryNumber().value()))
                .setParameter("last", DirectoryNumber.sortKey(page.get(page.size() - 1).directoryNumber().value()))
                .setHint("eclipselink.read-only", "true")
                .getResultList().forEach(h -> handsets.put(h.directoryNumber().value(), h));
        return page.stream().map(e -> info(e, handsets.get(e.directoryNumber().value())));
    }

    private static boolean matches(ExtensionInfo row, ExtensionQuery q, Instant notSeenSince) {
        return (q.terminalType() == null || q.terminalType().equals(row.terminalType()))
                && (!q.thirdPartyOnly() || row.classification() == Classification.THIRD_PARTY)
                && q.handsets().matches(row, notSeenSince);
    }

    private static boolean handsetFilter(ExtensionQuery q) {
        return q.thirdPartyOnly() || q.handsets().any() || ExtensionInfo.DECT.equals(q.terminalType())
                || ExtensionInfo.SIP.equals(q.terminalType());
    }

    @Requires({Permission.EXTENSION_READ, Permission.SYSTEM_READ})
    @RolesAllowed({"admin", "operator", "read-only"})
    public long count(ExtensionQuery q) {
        // Without a filter on the handset, the count needs no join.
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(e)" + (handsetFilter(q) ? FROM : " FROM Extension e")
                + where(q), Long.class);
        bind(query, q, q.handsets().notSeenSince(clock.instant()));
        return query.getSingleResult();
    }

    private static String where(ExtensionQuery q) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (q.from() != null) {
            w.append(" AND e.sortKey >= :from");
        }
        if (q.to() != null) {
            w.append(" AND e.sortKey <= :to");
        }
        if (ExtensionInfo.DECT.equals(q.terminalType())) {
            w.append(" AND h.directoryNumber IS NOT NULL");
        } else if (ExtensionInfo.SIP.equals(q.terminalType())) {
            w.append(" AND h.directoryNumber IS NULL");
        }
        if (q.thirdPartyOnly()) {
            w.append(" AND h.classification = :thirdParty");
        }
        HandsetFilter f = q.handsets();
        if (f.classification() != null) {
            w.append(" AND h.classification = :classification");
        }
        if (f.licenseState() != null) {
            w.append(" AND (").append(f.licenseState().jpql()).append(')');
        }
        if (f.vendor() != null) {
            w.append(" AND h.vendor = :vendor");
        }
        if (f.notSeenDays() != null) {
            // Never seen: counted from its subscription (ExtensionInfo.seenOrSubscribedAt).
            w.append(" AND (h.latestSeenAt < :notSeenSince"
                    + " OR (h.latestSeenAt IS NULL AND h.subscribedAt < :notSeenSince))");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> query, ExtensionQuery q, Instant notSeenSince) {
        if (q.from() != null) {
            query.setParameter("from", q.from().sortKey());
        }
        if (q.to() != null) {
            query.setParameter("to", q.to().sortKey());
        }
        if (q.thirdPartyOnly()) {
            query.setParameter("thirdParty", Classification.THIRD_PARTY);
        }
        HandsetFilter f = q.handsets();
        if (f.classification() != null) {
            query.setParameter("classification", f.classification());
        }
        if (f.vendor() != null) {
            query.setParameter("vendor", f.vendor());
        }
        if (notSeenSince != null) {
            query.setParameter("notSeenSince", notSeenSince);
        }
    }

    @Requires(Permission.EXTENSION_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public ExtensionInfo one(DirectoryNumber dir) {
        Extension e = em.find(Extension.class, dir.value());
        if (e == null) {
            throw new NotFoundException("extension " + dir + " does not exist");
        }
        return info(e, em.find(Handset.class, dir.value()));
    }

    static ExtensionInfo info(Extension e, Handset h) {
        if (h == null) {
            return new ExtensionInfo(e.directoryNumber().value(), ExtensionInfo.SIP, ExtensionInfo.REVISION_NOT_AVAILABLE,
                    "", null, LicenseState.of(e.thirdPartyClient()), e.lim().number(), e.thirdPartyClient(),
                    null, null, null, e.csp(), null, null, null);
        }
        var identity = h.modelIdentity();
        return new ExtensionInfo(e.directoryNumber().value(), ExtensionInfo.DECT, ExtensionInfo.REVISION_NOT_AVAILABLE,
                h.type().vendor(), h.type().classification(),
                LicenseState.of(e.thirdPartyClient(), h.state(), h.type().classification(), h.subscribedBeforeEnforcement()),
                e.lim().number(), e.thirdPartyClient(), h.ipei().value(),
                identity == null ? null : identity.manic(), identity == null ? null : identity.modic(), e.csp(),
                h.state(), h.latestSeenAt(), h.subscribedAt());
    }
}
