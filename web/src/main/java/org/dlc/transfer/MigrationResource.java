package org.dlc.transfer;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dlc.readiness.ReadinessCsv;
import org.dlc.readiness.ReadinessReport;
import org.dlc.security.Permission;
import org.dlc.security.Requires;
import org.dlc.web.CsvMedia;
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

    /** The readiness report of a migration document, without loading it: JSON, or CSV on request. */
    @POST
    @Path("dry-run")
    @Requires(Permission.MIGRATION_DRY_RUN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(CsvMedia.JSON_FIRST)
    @MaxBodySize(64L * 1024 * 1024)
    public ReadinessReport dryRun(SystemExport body) {
        return transfer.migrationDryRun(Require.body(body));
    }

    @POST
    @Path("dry-run")
    @Requires(Permission.MIGRATION_DRY_RUN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(CsvMedia.CSV_ON_REQUEST)
    @MaxBodySize(64L * 1024 * 1024)
    public String dryRunCsv(SystemExport body) {
        return ReadinessCsv.write(transfer.migrationDryRun(Require.body(body)));
    }
}
