package org.dlc.handset;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dlc.audit.AuditAction;
import org.dlc.audit.AuditService;
import org.dlc.persistence.ClusterMode;
import org.dlc.persistence.TransactionEnd;
import org.dlc.security.Permission;
import org.dlc.security.Requires;
import org.dlc.shared.NotFoundException;

/**
 * The handset catalogue, kept in the database and cached in memory: every location registration
 * classifies against it, and it changes only when an administrator edits it. Each change also counts up the
 * catalogue's version (a row of {@code DLC_SEQUENCE}); in {@linkplain ClusterMode cluster mode} every read
 * compares the cached version with the database's (one indexed row), so a change on another node is seen by the
 * next registration here.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CatalogueService {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @EJB
    private AuditService audit;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private static final String VERSION_ROW = "CATALOGUE_VERSION";

    /** The catalogue and the version it was read at. */
    private record Cached(HandsetCatalogue catalogue, long version) {
    }

    private volatile Cached cached;

    /** Joins the caller's transaction, if any: a repeated location registration classifies without one. */
    @Requires({Permission.CATALOGUE_READ, Permission.DECT_AIR_INTERFACE, Permission.MIGRATION_DRY_RUN})
    @RolesAllowed({"admin", "operator", "read-only", "dect-controller"})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public HandsetCatalogue current() {
        Cached c = cached;
        if (c == null || ClusterMode.on() && c.version() != storedVersion()) {
            return reload();
        }
        return c.catalogue();
    }

    /** Ships the default catalogue on first start. */
    @PermitAll
    public void seedIfEmpty() {
        if (em.createQuery("SELECT COUNT(c) FROM CatalogueEntry c", Long.class).getSingleResult() == 0) {
            try (Reader in = new InputStreamReader(
                    CatalogueService.class.getResourceAsStream("default-catalogue.csv"), StandardCharsets.UTF_8)) {
                CatalogueCsv.read(in).forEach(em::persist);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("default catalogue unreadable", e);
            }
            reload();
        }
    }

    @Requires(Permission.CATALOGUE_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public List<CatalogueEntry> entries() {
        return current().entries();
    }

    /** Adds an entry, refused (409, naming the other entry) if it contradicts one: see {@link HandsetCatalogue}. */
    @Requires(Permission.CATALOGUE_CHANGE)
    @RolesAllowed("admin")
    public CatalogueEntry add(CatalogueEntry entry) {
        HandsetCatalogue.refuseContradiction(entry, stored());
        em.persist(entry);
        changed();
        audit.changed(AuditAction.CATALOGUE_CHANGE, subject(entry), null, entry.describe());
        return entry;
    }

    /** Changes an entry, refused like {@link #add} if its new range contradicts another entry. */
    @Requires(Permission.CATALOGUE_CHANGE)
    @RolesAllowed("admin")
    public CatalogueEntry update(long id, int manic, int modicFrom, int modicTo, String vendor, String model,
                                 boolean mitel) {
        CatalogueEntry entry = find(id);
        HandsetCatalogue.refuseContradiction(new CatalogueEntry(manic, modicFrom, modicTo, vendor, model, mitel),
                stored().stream().filter(other -> other.id() != id).toList());
        String before = entry.describe();
        entry.update(manic, modicFrom, modicTo, vendor, model, mitel);
        changed();
        audit.changed(AuditAction.CATALOGUE_CHANGE, subject(entry), before, entry.describe());
        return entry;
    }

    @Requires(Permission.CATALOGUE_CHANGE)
    @RolesAllowed("admin")
    public void delete(long id) {
        CatalogueEntry entry = find(id);
        em.remove(entry);
        changed();
        audit.changed(AuditAction.CATALOGUE_CHANGE, subject(entry), entry.describe(), null);
    }

    private static String subject(CatalogueEntry entry) {
        return "catalogue entry " + entry.id();
    }

    /**
     * Replaces the whole catalogue with the CSV's entries, or changes nothing if any line is bad or two lines
     * contradict each other.
     */
    @Requires(Permission.CATALOGUE_CHANGE)
    @RolesAllowed("admin")
    public int importCsv(String csv) {
        return replace(CatalogueCsv.read(new StringReader(csv)));
    }

    /** Replaces the whole catalogue with these entries (a CSV import, a system import). */
    @Requires({Permission.CATALOGUE_CHANGE, Permission.TRANSFER_IMPORT})
    @RolesAllowed("admin")
    public int replace(List<CatalogueEntry> entries) {
        int before = stored().size();
        em.createQuery("DELETE FROM CatalogueEntry c").executeUpdate();
        entries.forEach(em::persist);
        changed();
        audit.changed(AuditAction.CATALOGUE_CHANGE, "catalogue", before + " entries",
                entries.size() + " entries (replaced)");
        return entries.size();
    }

    @Requires(Permission.CATALOGUE_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public String exportCsv() {
        return CatalogueCsv.write(entries());
    }

    private CatalogueEntry find(long id) {
        CatalogueEntry entry = em.find(CatalogueEntry.class, id);
        if (entry == null) {
            throw new NotFoundException("catalogue entry " + id + " does not exist");
        }
        return entry;
    }

    /**
     * Stored handsets are re-evaluated against the changed catalogue ({@link Handset#reclassify}): their
     * classification follows it, and one blocked as third party whose identity is now exempt is unblocked.
     */
    private void changed() {
        em.flush();
        countVersionUp();
        // The cache shows this transaction's catalogue from now on: if it rolls back, forget it (next read reloads).
        TransactionEnd.afterRollback(transactions, () -> cached = null);
        HandsetCatalogue catalogue = reload();
        em.createQuery("SELECT h FROM Handset h WHERE h.manic IS NOT NULL", Handset.class)
                .getResultStream().forEach(h -> h.reclassify(catalogue));
    }

    /** The entries as stored now (this transaction's view, not the cache). */
    private List<CatalogueEntry> stored() {
        return em.createQuery("SELECT c FROM CatalogueEntry c ORDER BY c.manic, c.modicFrom, c.modicTo",
                CatalogueEntry.class).getResultList();
    }

    private HandsetCatalogue reload() {
        long version = storedVersion();
        HandsetCatalogue c = new HandsetCatalogue(stored());
        cached = new Cached(c, version);
        return c;
    }

    private long storedVersion() {
        List<?> rows = em.createNativeQuery("SELECT NEXT_VALUE FROM DLC_SEQUENCE WHERE NAME = ?")
                .setParameter(1, VERSION_ROW).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    /** Row-locked to commit: catalogue changes on two nodes take turns, and the later sees the earlier's entries. */
    private void countVersionUp() {
        int updated = em.createNativeQuery("UPDATE DLC_SEQUENCE SET NEXT_VALUE = NEXT_VALUE + 1 WHERE NAME = ?")
                .setParameter(1, VERSION_ROW).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO DLC_SEQUENCE (NAME, NEXT_VALUE) VALUES (?, 1)")
                    .setParameter(1, VERSION_ROW).executeUpdate();
        }
    }
}
