package org.dlc.system.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready to serve: the database answers (a connection from the application's own pool is valid within 5 s) and
 * every {@link ComponentState} reports no problem. A load balancer or orchestrator reads it at
 * {@code /health/ready} on the management interface.
 */
@Readiness
@ApplicationScoped
public class ReadinessChecks implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 5;

    @Resource(lookup = "java:jboss/datasources/DlcDS")
    private DataSource database;

    @Inject
    private Instance<ComponentState> components;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("dlc").up();
        Optional<String> db = databaseProblem();
        answer.withData("database", db.orElse("UP"));
        boolean up = db.isEmpty();
        for (ComponentState c : components) {
            Optional<String> problem = c.problem();
            answer.withData(c.name(), problem.orElse("UP"));
            up &= problem.isEmpty();
        }
        return answer.status(up).build();
    }

    private Optional<String> databaseProblem() {
        try (Connection c = database.getConnection()) {
            return c.isValid(TIMEOUT_SECONDS) ? Optional.empty()
                    : Optional.of("DOWN: no answer within " + TIMEOUT_SECONDS + " s");
        } catch (SQLException e) {
            return Optional.of("DOWN: " + e.getMessage());
        }
    }
}
