package org.dlc.snmp;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dlc.web.Require;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/**
 * The SNMP agent's configuration (stored in the database, format in {@link SnmpConfig}; admin only,
 * see web.xml) and status (every user who reads). Secrets are never shown: a GET has a fingerprint in place of
 * each; a PUT that leaves a secret out (or sends the GET's object back) keeps the stored one of the same entry.
 * A PUT stores the new configuration and restarts agent and notification sender with it; a PATCH changes only
 * the members it sends.
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
        return SnmpConfig.pretty(snmp.shownConfig());
    }

    @Requires(Permission.SNMP_CONFIG_CHANGE)
    @PUT
    @Path("config")
    @Consumes(MediaType.APPLICATION_JSON)
    public String replace(String body) {
        return SnmpConfig.pretty(snmp.replace(Require.present(body == null || body.isBlank() ? null : body, "body")));
    }

    /** A JSON merge patch (RFC 7396): only the members sent change (see {@link SnmpConfig#merged}). */
    @Requires(Permission.SNMP_CONFIG_CHANGE)
    @PATCH
    @Path("config")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    public String patch(String body) {
        return SnmpConfig.pretty(snmp.patch(Require.present(body == null || body.isBlank() ? null : body, "body")));
    }

    /** What is in effect: the listening address (after -Ddlc.snmp.* overrides) and the counters; no secret. */
    @Requires(Permission.SNMP_STATUS_READ)
    @GET
    @Path("status")
    public String status() {
        SnmpConfig effective = snmp.effectiveConfig();
        JsonObjectBuilder b = Json.createObjectBuilder().add("listening", snmp.agentListening());
        if (effective != null) {
            SnmpService.EngineIdentity engine = snmp.engine();
            b.add("engineId", engine.id()).add("engineBoots", engine.boots())
                    .add("address", effective.address()).add("port", effective.port())
                    .add("trapTargets", effective.trapTargets().size())
                    .add("informTargets", effective.informTargets().size());
        }
        return b.add("notificationsSent", snmp.notificationsSent())
                .add("informsTimedOut", snmp.informsTimedOut())
                .add("notificationSequence", snmp.notificationSequence()).build().toString();
    }
}
