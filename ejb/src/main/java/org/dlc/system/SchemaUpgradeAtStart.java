package org.dlc.system;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.dlc.persistence.SchemaUpgrade;

/**
 * At every start, before anything else (Bootstrap depends on it): the indexes EclipseLink does not add to existing
 * tables ({@link SchemaUpgrade}). Outside any transaction, on a connection of its own in auto-commit.
 */
@Singleton
@Startup
public class SchemaUpgradeAtStart {

    private static final Logger LOG = Logger.getLogger(SchemaUpgradeAtStart.class.getName());

    @PersistenceContext(unitName = "dlc")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/DlcDS")
    private DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void upgrade() {
        em.getMetamodel(); // the persistence unit is deployed: its tables are created or extended
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            SchemaUpgrade.run(c).forEach(i -> LOG.info("Schema upgrade: index " + i.name() + " created on " + i.table()
                    + " " + i.columns()));
        } catch (SQLException e) {
            throw new IllegalStateException("schema upgrade failed: " + e.getMessage(), e);
        }
    }
}
