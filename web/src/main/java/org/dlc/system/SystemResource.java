package org.dlc.system;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/** "What am I running": GET /dlc/api/system. */
@Path("system")
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    @EJB
    private SystemService systemService;

    @Requires(Permission.SYSTEM_READ)
    @GET
    public SystemInfo get() {
        return systemService.describe();
    }
}
