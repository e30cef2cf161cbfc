package org.dlc.snmp;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dlc.web.Require;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/**
 * The SNMP agent's configuration ({@code <data dir>/snmp/agent.json}, format in {@link SnmpConfig}) and status.
 * A PUT stores the new configuration and restarts agent and notification sender with it.
 */
@Path("snmp")
@Produces(MediaType.APPLICATION_JSON)
public class SnmpConfigResource {

    @EJB
    private SnmpService snmp;

    @Requires(Permission.SNMP_CONFIG_READ)
    @GET
    @Path("config")
    public String config() {
        return snmp.config().toJsonText();
    }

    @Requires(Permission.SNMP_CONFIG_CHANGE)
    @PUT
    @Path("config")
    @Consumes(MediaType.APPLICATION_JSON)
    public String replace(String body) {
        SnmpConfig config = SnmpConfig.fromJson(Require.present(body == null || body.isBlank() ? null : body, "body"));
        snmp.reconfigure(config);
        return snmp.config().toJsonText();
    }

    /** What is in effect: the listening address (after -Ddlc.snmp.* overrides) and the counters. */
    @Requires(Permission.SNMP_STATUS_READ)
    @GET
    @Path("status")
    public String status() {
        SnmpConfig effective = snmp.effectiveConfig();
        JsonObjectBuilder b = Json.createObjectBuilder().add("listening", snmp.agentListening());
        if (effective != null) {
            b.add("address", effective.address()).add("port", effective.port())
                    .add("trapTargets", effective.trapTargets().size())
                    .add("informTargets", effective.informTargets().size());
        }
        return b.add("notificationsSent", snmp.notificationsSent())
                .add("informsTimedOut", snmp.informsTimedOut()).build().toString();
    }
}
