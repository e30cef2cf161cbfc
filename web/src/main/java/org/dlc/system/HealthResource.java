package org.dlc.system;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.dlc.security.Permission;
import org.dlc.security.Requires;
import org.dlc.system.health.ComponentState;

/**
 * Health, open to monitoring and load balancers, in MicroProfile Health's format ({@code status} UP or DOWN,
 * {@code checks}): {@code 200} when up, {@code 503} when down. Here rather than as MicroProfile Health checks
 * because WildFly 39 does not find such checks in the modules of an EAR (only its own appear at /health).
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private static final int DATABASE_TIMEOUT_SECONDS = 5;

    @Resource(lookup = "java:jboss/datasources/DlcDS")
    private DataSource database;

    @Inject
    private Instance<ComponentState> components;

    /** Deployed: answers without EJB or database (the cheapest request; the benchmark's transport baseline). */
    @Requires(Permission.OPEN)
    @GET
    public String get() {
        return "{\"status\":\"UP\"}";
    }

    /** Alive: the data directory can be written (a full or read-only disk makes the node useless). */
    @Requires(Permission.OPEN)
    @GET
    @Path("live")
    public Response live() {
        java.nio.file.Path dir = DataDirectory.path();
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".health", ".probe"));
            return answer(Json.createObjectBuilder().add("dataDirectory", "UP"), true);
        } catch (IOException | RuntimeException e) {
            return answer(Json.createObjectBuilder().add("dataDirectory", "DOWN: " + dir + " not writable"), false);
        }
    }

    /**
     * Ready to serve: the database answers (a valid connection from the application's pool within 5 s) and every
     * {@link ComponentState} reports no problem.
     */
    @Requires(Permission.OPEN)
    @GET
    @Path("ready")
    public Response ready() {
        JsonObjectBuilder data = Json.createObjectBuilder();
        Optional<String> db = databaseProblem();
        data.add("database", db.map(p -> "DOWN: " + p).orElse("UP"));
        boolean up = db.isEmpty();
        for (ComponentState c : components) {
            Optional<String> problem = c.problem();
            data.add(c.name(), problem.map(p -> "DOWN: " + p).orElse("UP"));
            up &= problem.isEmpty();
        }
        return answer(data, up);
    }

    private Optional<String> databaseProblem() {
        try (Connection c = database.getConnection()) {
            return c.isValid(DATABASE_TIMEOUT_SECONDS) ? Optional.empty()
                    : Optional.of("no answer within " + DATABASE_TIMEOUT_SECONDS + " s");
        } catch (SQLException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    private static Response answer(JsonObjectBuilder data, boolean up) {
        String status = up ? "UP" : "DOWN";
        return Response.status(up ? 200 : 503).entity(Json.createObjectBuilder().add("status", status)
                .add("checks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "dlc")
                        .add("status", status).add("data", data))).build().toString()).build();
    }
}
