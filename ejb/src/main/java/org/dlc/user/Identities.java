package org.dlc.user;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.dlc.persistence.ClusterMode;
import org.dlc.realm.DlcIdentities;

/**
 * The identities the server's realm checks logins against ({@code DlcRealm}, module org.dlc.realm): registered with
 * it while the application is deployed, unregistered when it is undeployed. They are the {@link IdentityCache} over
 * the database ({@link JdbcIdentityLoader}); a cluster node keeps none and reads at every request.
 */
@Singleton
@Startup
@DependsOn("SchemaUpgradeAtStart")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Identities {

    private static final Logger LOG = Logger.getLogger(Identities.class.getName());

    @Resource(lookup = "java:jboss/datasources/DlcDS")
    private DataSource dataSource;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private IdentityCache cache;
    private Runnable registration;

    @PostConstruct
    void register() {
        IdentityCache identities = new IdentityCache(new JdbcIdentityLoader(dataSource), !ClusterMode.on(), System::nanoTime);
        cache = identities;
        registration = DlcIdentities.register(
                principal -> identities.identity(principal).map(i -> i.role().roleName()).orElse(null),
                (principal, guess) -> identities.verify(principal, guess).map(Role::roleName).orElse(null));
        LOG.info("Security realm DlcRealm: the application's identities registered, "
                + (identities.caching() ? "kept in memory until a change" : "read at every request (cluster mode)"));
    }

    @PreDestroy
    void unregister() {
        registration.run();
        LOG.info("Security realm DlcRealm: the application's identities unregistered (it knows nobody until the next"
                + " deployment)");
    }

    /** For the web tier's per-request checks (the password that must be changed), without a call per request. */
    @PermitAll
    public IdentityCache cache() {
        return cache;
    }

    /**
     * The principal (a user, or a token) changes in the caller's transaction: its person and their tokens are read
     * again from now on, from the commit on, and once more after it (the look-ups in between see the change
     * uncommitted or not at all, and cannot keep what they read).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changed(String principal) {
        IdentityCache identities = cache;
        identities.invalidate(principal);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                identities.invalidate(principal);
            }

            @Override
            public void afterCompletion(int status) {
                identities.invalidate(principal); // committed or not: a read again costs one query
            }
        });
    }
}
