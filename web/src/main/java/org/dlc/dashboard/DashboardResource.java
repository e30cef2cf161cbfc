package org.dlc.dashboard;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/** What the dashboard shows, cards and charts, as JSON. */
@Path("dashboard")
public class DashboardResource {

    @EJB
    private DashboardService dashboard;

    @Requires(Permission.SYSTEM_READ)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Dashboard get() {
        return dashboard.dashboard();
    }
}
