package org.dlc.system;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/** Liveness, open to monitoring: answers once the application is deployed. No EJB, no database. */
@Path("health")
public class HealthResource {

    @Requires(Permission.OPEN)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String get() {
        return "{\"status\":\"UP\"}";
    }
}
