package org.dlc.system;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/**
 * An authenticated no-op: the same user check and filters as every API call, then no EJB and no database.
 * The benchmark's baseline (docs/benchmarks.md): what any authenticated request costs on this server.
 */
@Path("ping")
public class PingResource {

    @Requires(Permission.PING)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String get() {
        return "{\"pong\":true}";
    }
}
