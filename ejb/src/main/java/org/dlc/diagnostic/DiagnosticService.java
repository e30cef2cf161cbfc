package org.dlc.diagnostic;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** diagnostic_print: lists the third-party handsets working without a license; --clear forgets when they were seen. */
@Stateless
public class DiagnosticService {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    public List<DiagnosticEntry> entries() {
        return new JpaDiagnosticList(em).entries();
    }

    public int clear() {
        return new JpaDiagnosticList(em).clear();
    }
}
