package org.dlc.registration;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dlc.handset.Ipei;
import org.dlc.handset.ModelIdentity;
import org.dlc.web.Require;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/** The air-interface side, called by a DECT controller (or the simulator). Fixed paths. */
@Path("dect")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DectResource {

    public record AccessRightsRequest(String ipei, String authenticationCode) {
    }

    /** manic and modic are absent when the handset sends no model identity. */
    public record LocationRegistrationRequest(String ipei, Integer manic, Integer modic) {
    }

    @Inject
    private RegistrationLatency latency;

    @EJB
    private RegistrationService registrations;

    @Requires(Permission.DECT_AIR_INTERFACE)
    @POST
    @Path("access-rights")
    public RegistrationAnswer accessRights(AccessRightsRequest body) {
        Require.body(body);
        return registrations.accessRights(Ipei.parse(Require.present(body.ipei(), "ipei")),
                Require.present(body.authenticationCode(), "authenticationCode"));
    }

    @Requires(Permission.DECT_AIR_INTERFACE)
    @POST
    @Path("location-registrations")
    public RegistrationAnswer locationRegistration(LocationRegistrationRequest body) {
        long start = System.nanoTime();
        try {
            Require.body(body);
            return registrations.locationRegistration(Ipei.parse(Require.present(body.ipei(), "ipei")),
                    ModelIdentity.ofNullable(body.manic(), body.modic()));
        } finally {
            latency.took(start);
        }
    }
}
