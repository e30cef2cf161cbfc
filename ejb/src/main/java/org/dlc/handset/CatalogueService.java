package org.dlc.handset;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dlc.security.Permission;
import org.dlc.security.Requires;
import org.dlc.shared.NotFoundException;

/**
 * The handset catalogue, kept in the database and cached in memory: every location registration
 * classifies against it, and it changes only when an administrator edits it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CatalogueService {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    private volatile HandsetCatalogue cached;

    /** Joins the caller's transaction, if any: a repeated location registration classifies without one. */
    @Requires({Permission.CATALOGUE_READ, Permission.DECT_AIR_INTERFACE})
    @RolesAllowed({"admin", "operator", "read-only", "dect-controller"})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public HandsetCatalogue current() {
        HandsetCatalogue c = cached;
        if (c == null) {
            c = reload();
        }
        return c;
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

    @Requires(Permission.CATALOGUE_CHANGE)
    @RolesAllowed("admin")
    public CatalogueEntry add(CatalogueEntry entry) {
        em.persist(entry);
        changed();
        return entry;
    }

    @Requires(Permission.CATALOGUE_CHANGE)
    @RolesAllowed("admin")
    public CatalogueEntry update(long id, int manic, int modicFrom, int modicTo, String vendor, String model,
                                 boolean mitel) {
        CatalogueEntry entry = find(id);
        entry.update(manic, modicFrom, modicTo, vendor, model, mitel);
        changed();
        return entry;
    }

    @Requires(Permission.CATALOGUE_CHANGE)
    @RolesAllowed("admin")
    public void delete(long id) {
        em.remove(find(id));
        changed();
    }

    /** Replaces the whole catalogue with the CSV's entries, or changes nothing if any line is bad. */
    @Requires(Permission.CATALOGUE_CHANGE)
    @RolesAllowed("admin")
    public int importCsv(String csv) {
        List<CatalogueEntry> entries = CatalogueCsv.read(new StringReader(csv));
        em.createQuery("DELETE FROM CatalogueEntry c").executeUpdate();
        entries.forEach(em::persist);
        changed();
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

    /** Handsets keep their stored classification in step with the catalogue. */
    private void changed() {
        em.flush();
        HandsetCatalogue catalogue = reload();
        em.createQuery("SELECT h FROM Handset h WHERE h.manic IS NOT NULL", Handset.class)
                .getResultStream().forEach(h -> h.reclassify(catalogue));
    }

    private HandsetCatalogue reload() {
        HandsetCatalogue c = new HandsetCatalogue(em.createQuery(
                "SELECT c FROM CatalogueEntry c ORDER BY c.manic, c.modicFrom, c.modicTo", CatalogueEntry.class)
                .getResultList());
        cached = c;
        return c;
    }
}
