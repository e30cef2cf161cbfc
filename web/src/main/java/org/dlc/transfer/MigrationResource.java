package org.dlc.transfer;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dlc.security.Permission;
import org.dlc.security.Requires;
import org.dlc.web.MaxBodySize;
import org.dlc.web.Require;

/** The upgrade of a system from before enforcement: the one door for passive support (see {@link Migration}). */
@Path("migration")
@Produces(MediaType.APPLICATION_JSON)
public class MigrationResource {

    @EJB
    private TransferService transfer;

    @POST
    @Requires(Permission.MIGRATION_RUN)
    @Consumes(MediaType.APPLICATION_JSON)
    @MaxBodySize(64L * 1024 * 1024)
    public Migration.Report migrate(SystemExport body) {
        return transfer.migrate(Require.body(body));
    }
}
