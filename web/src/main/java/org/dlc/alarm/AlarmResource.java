package org.dlc.alarm;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.dlc.shared.NotFoundException;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/** The alarm log: list, detail, clear, mark noticed. */
@Path("alarms")
@Produces(MediaType.APPLICATION_JSON)
public class AlarmResource {

    @EJB
    private AlarmService alarms;

    @Requires(Permission.ALARM_READ)
    @GET
    public List<AlarmSnapshot> list(@QueryParam("all") @DefaultValue("false") boolean all) {
        return all ? alarms.all() : alarms.active();
    }

    @Requires(Permission.ALARM_READ)
    @GET
    @Path("{handle}")
    public AlarmSnapshot get(@PathParam("handle") long handle) {
        return alarms.find(handle).orElseThrow(() -> new NotFoundException("alarm handle " + handle + " does not exist"));
    }

    @Requires(Permission.ALARM_CHANGE)
    @POST
    @Path("{handle}/clear")
    public AlarmSnapshot clear(@PathParam("handle") long handle) {
        alarms.clear(handle);
        return get(handle);
    }

    @Requires(Permission.ALARM_CHANGE)
    @POST
    @Path("{handle}/noticed")
    public AlarmSnapshot notice(@PathParam("handle") long handle) {
        return alarms.notice(handle);
    }
}
