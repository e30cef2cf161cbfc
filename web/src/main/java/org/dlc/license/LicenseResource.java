package org.dlc.license;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.dlc.web.Require;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/** The license pool and the installed license file. */
@Path("license")
@Produces(MediaType.APPLICATION_JSON)
public class LicenseResource {

    @EJB
    private LicenseService licenses;

    @Requires(Permission.LICENSE_READ)
    @GET
    public LicenseStatus status() {
        return licenses.status();
    }

    /** Installs a signed license file (its text as the body); a rejected file leaves the installed one in force. */
    @Requires(Permission.LICENSE_INSTALL)
    @PUT
    @Path("file")
    @Consumes(MediaType.TEXT_PLAIN)
    public LicenseStatus install(String text) {
        return licenses.install(Require.body(text));
    }

    /** The keys trusted to sign license files, with SHA-256 fingerprints and where each comes from. */
    @GET
    @Path("keys")
    @Requires(Permission.LICENSE_READ)
    public LicenseKeyListing trustedKeys() {
        return licenses.trustedKeys();
    }

    @Requires(Permission.LICENSE_READ)
    @GET
    @Path("file")
    @Produces(MediaType.TEXT_PLAIN)
    public Response installedFile() {
        String text = licenses.installedFileText();
        return text == null ? Response.status(Response.Status.NOT_FOUND).entity("no license file installed\n").build()
                : Response.ok(text).build();
    }
}
