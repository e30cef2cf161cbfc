package org.dlc.diagnostic;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.dlc.audit.AuditAction;
import org.dlc.audit.AuditService;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/** diagnostic_print: lists the third-party handsets working without a license; --clear forgets when they were seen. */
@Stateless
public class DiagnosticService {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @EJB
    private AuditService audit;

    @Requires(Permission.DIAGNOSTIC_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public List<DiagnosticEntry> entries() {
        return new JpaDiagnosticList(em).entries();
    }

    @Requires(Permission.DIAGNOSTIC_CLEAR)
    @RolesAllowed({"admin", "operator"})
    public int clear() {
        int reset = new JpaDiagnosticList(em).clear();
        audit.changed(AuditAction.DIAGNOSTIC_CLEAR, "diagnostic_print", null,
                "identification times reset for " + reset + " handsets");
        return reset;
    }
}
