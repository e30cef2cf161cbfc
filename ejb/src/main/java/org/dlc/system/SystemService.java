package org.dlc.system;

import jakarta.ejb.EJB;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Instant;
import org.dlc.transfer.ExportKeyring;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/** Reports the stack as the running persistence unit and JDBC driver see it, not as the build thinks it is. */
@Stateless
public class SystemService {

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @EJB
    private ExportKeyring keyring;

    @Requires(Permission.SYSTEM_READ)
    @RolesAllowed({"admin", "operator", "read-only"})
    public SystemInfo describe() {
        // Unwrapping succeeds only if the running unit really is EclipseLink; the metadata names the database.
        em.unwrap(org.eclipse.persistence.sessions.Session.class);
        String provider = "EclipseLink (" + org.eclipse.persistence.Version.getProduct() + ")";
        String providerVersion = org.eclipse.persistence.Version.getVersion();
        Connection connection = em.unwrap(Connection.class);
        try {
            DatabaseMetaData meta = connection.getMetaData();
            return new SystemInfo(Product.CURRENT.name(), Product.CURRENT.version(),
                    provider, providerVersion,
                    meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                    Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()),
                    DataDirectory.path().toString(), DevelopmentMode.enabled(),
                    keyring.keys().fingerprint(), keyring.keys().publicKeyPem());
        } catch (SQLException e) {
            throw new IllegalStateException("database metadata unavailable", e);
        }
    }
}
