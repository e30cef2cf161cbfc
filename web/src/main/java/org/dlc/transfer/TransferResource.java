package org.dlc.transfer;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.dlc.web.MaxBodySize;
import org.dlc.web.Require;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/** Export and import of the whole system (GET to save, POST to load on another server or after a wipe). */
@Path("transfer")
@Produces(MediaType.APPLICATION_JSON)
public class TransferResource {

    @EJB
    private TransferService transfer;

    /** The whole system, signed by this server; it holds the DECT authentication keys. */
    @Requires(Permission.TRANSFER_EXPORT)
    @GET
    public SystemExport export() {
        return transfer.export();
    }

    /** A whole system: 100 000 extensions export to about 20 MiB. */
    @Requires(Permission.TRANSFER_IMPORT)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @MaxBodySize(64L * 1024 * 1024)
    public TransferService.Imported importAll(SystemExport body) {
        return transfer.importAll(Require.body(body));
    }
}
