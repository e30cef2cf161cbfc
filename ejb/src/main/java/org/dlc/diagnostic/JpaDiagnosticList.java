package org.dlc.diagnostic;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** The diagnostic list in the database. */
public final class JpaDiagnosticList implements DiagnosticList {

    private final EntityManager em;

    public JpaDiagnosticList(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<DiagnosticEntry> find(String directoryNumber) {
        return Optional.ofNullable(em.find(DiagnosticEntry.class, directoryNumber));
    }

    @Override
    public void add(DiagnosticEntry entry) {
        em.persist(entry);
    }

    @Override
    public void remove(String directoryNumber) {
        find(directoryNumber).ifPresent(em::remove);
    }

    @Override
    public List<DiagnosticEntry> entries() {
        return em.createQuery("SELECT d FROM DiagnosticEntry d ORDER BY LENGTH(d.directoryNumber), d.directoryNumber",
                DiagnosticEntry.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(d) FROM DiagnosticEntry d", Long.class).getSingleResult();
    }

    @Override
    public int clear() {
        return em.createQuery("DELETE FROM DiagnosticEntry d").executeUpdate();
    }
}
