package org.dlc.extension;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dlc.handset.Classification;
import org.dlc.handset.Handset;
import org.dlc.shared.NotFoundException;

/** extension_info: extensions with their handsets, filtered and paged in the database. */
@Stateless
public class ExtensionInfoService {

    private static final int HANDSET_BATCH = 1_000;
    /**
     * Pages for a screen or a REST client take the two-step way. The printout's 5 000-row pages do not: measured
     * at 100 000 extensions, its range-started pages made Derby sort again, and the two steps cost more than the
     * join (docs/benchmarks.md).
     */
    private static final int SCREEN_PAGE = 1_000;
    private static final String FROM = " FROM Extension e LEFT JOIN Handset h ON h.directoryNumber = e.directoryNumber";

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    public List<ExtensionInfo> list(ExtensionQuery q) {
        if (!handsetFilter(q) && q.limit() <= SCREEN_PAGE) {
            return listByExtension(q);
        }
        TypedQuery<Object[]> query = em.createQuery("SELECT e, h" + FROM + where(q)
                + " ORDER BY e.sortKey", Object[].class);
        bind(query, q);
        // Rows become ExtensionInfo at once: read the shared cache's objects, never copies kept in the transaction.
        query.setHint("eclipselink.read-only", "true");
        return query.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList().stream()
                .map(row -> info((Extension) row[0], (Handset) row[1])).toList();
    }

    /**
     * Without a filter on the handset: the page of extensions alone, which Derby reads in order from the sort
     * key's index and stops after the page (with the outer join it sorted the whole table for every page), then
     * the page's handsets by their keys.
     */
    private List<ExtensionInfo> listByExtension(ExtensionQuery q) {
        TypedQuery<Extension> query = em.createQuery("SELECT e FROM Extension e" + where(q) + " ORDER BY e.sortKey",
                Extension.class);
        bind(query, q);
        query.setHint("eclipselink.read-only", "true");
        List<Extension> page = query.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList();
        Map<String, Handset> handsets = new HashMap<>();
        List<String> dirs = page.stream().map(e -> e.directoryNumber().value()).toList();
        for (int from = 0; from < dirs.size(); from += HANDSET_BATCH) {
            em.createQuery("SELECT h FROM Handset h WHERE h.directoryNumber IN :dirs", Handset.class)
                    .setParameter("dirs", dirs.subList(from, Math.min(dirs.size(), from + HANDSET_BATCH)))
                    .setHint("eclipselink.read-only", "true")
                    .getResultList().forEach(h -> handsets.put(h.directoryNumber().value(), h));
        }
        return page.stream().map(e -> info(e, handsets.get(e.directoryNumber().value()))).toList();
    }

    private static boolean handsetFilter(ExtensionQuery q) {
        return q.thirdPartyOnly() || ExtensionInfo.DECT.equals(q.terminalType())
                || ExtensionInfo.SIP.equals(q.terminalType());
    }

    public long count(ExtensionQuery q) {
        // Without a filter on the handset, the count needs no join.
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(e)" + (handsetFilter(q) ? FROM : " FROM Extension e")
                + where(q), Long.class);
        bind(query, q);
        return query.getSingleResult();
    }

    /** Counts DECT handsets per classification, registration state and license, in one grouped query. */
    public HandsetCounts counts() {
        long licensed = 0;
        long passive = 0;
        long blocked = 0;
        long unidentified = 0;
        long total = 0;
        List<Object[]> rows = em.createQuery("SELECT h.classification, h.state, e.thirdPartyClient, COUNT(h)"
                + " FROM Handset h, Extension e WHERE e.directoryNumber = h.directoryNumber"
                + " GROUP BY h.classification, h.state, e.thirdPartyClient", Object[].class).getResultList();
        for (Object[] row : rows) {
            Classification classification = (Classification) row[0];
            LicenseState state = LicenseState.of((Boolean) row[2], (org.dlc.handset.HandsetState) row[1]);
            long n = ((Number) row[3]).longValue();
            total += n;
            if (classification == Classification.UNIDENTIFIED) {
                unidentified += n;
            }
            switch (state) {
                case LICENSED -> licensed += classification == Classification.THIRD_PARTY ? n : 0;
                case PASSIVE -> passive += n;
                case BLOCKED -> blocked += n;
                case EXEMPT -> { }
            }
        }
        return new HandsetCounts(licensed, passive, blocked, unidentified, total);
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
        return w.toString();
    }

    private static void bind(TypedQuery<?> query, ExtensionQuery q) {
        if (q.from() != null) {
            query.setParameter("from", q.from().sortKey());
        }
        if (q.to() != null) {
            query.setParameter("to", q.to().sortKey());
        }
        if (q.thirdPartyOnly()) {
            query.setParameter("thirdParty", Classification.THIRD_PARTY);
        }
    }

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
                    "", null, LicenseState.of(e.thirdPartyClient(), null), e.lim().number(), e.thirdPartyClient(),
                    null, null, null, e.csp(), null);
        }
        var identity = h.modelIdentity();
        return new ExtensionInfo(e.directoryNumber().value(), ExtensionInfo.DECT, ExtensionInfo.REVISION_NOT_AVAILABLE,
                h.type().vendor(), h.type().classification(), LicenseState.of(e.thirdPartyClient(), h.state()),
                e.lim().number(), e.thirdPartyClient(), h.ipei().value(),
                identity == null ? null : identity.manic(), identity == null ? null : identity.modic(), e.csp(),
                h.state());
    }
}
