package org.dlc.diagnostic;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.dlc.extension.LicenseState;
import org.dlc.handset.Handset;

/** The diagnostic list, queried from the handsets and their extensions by the rule of {@link LicenseState#PASSIVE}. */
public final class JpaDiagnosticList implements DiagnosticList {

    private final EntityManager em;

    public JpaDiagnosticList(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<DiagnosticEntry> entries() {
        return em.createQuery("SELECT h, e.lim FROM Handset h, Extension e"
                        + " WHERE e.directoryNumber = h.directoryNumber AND " + LicenseState.PASSIVE_JPQL
                        + " ORDER BY e.sortKey", Object[].class)
                .setHint("eclipselink.read-only", "true")
                .getResultList().stream().map(row -> entry((Handset) row[0], (Integer) row[1])).toList();
    }

    private static DiagnosticEntry entry(Handset h, int lim) {
        return new DiagnosticEntry(h.directoryNumber().value(), h.ipei().value(), h.modelIdentity().manic(),
                h.modelIdentity().modic(), lim, h.firstIdentifiedAt(), h.lastIdentifiedAt());
    }

    /** Row by row through the entities (not a bulk update), so the shared cache the registrations read stays right. */
    @Override
    public int clear() {
        return (int) em.createQuery("SELECT h FROM Handset h WHERE h.firstIdentifiedAt IS NOT NULL", Handset.class)
                .getResultStream().filter(Handset::forgetIdentification).count();
    }
}
