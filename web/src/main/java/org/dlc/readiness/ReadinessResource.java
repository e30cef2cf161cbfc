package org.dlc.readiness;

import static org.dlc.web.CsvMedia.CSV_ON_REQUEST;
import static org.dlc.web.CsvMedia.JSON_FIRST;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/** The upgrade readiness report of this system, as JSON or (Accept: text/csv) CSV. */
@Path("readiness")
public class ReadinessResource {

    @EJB
    private ReadinessService readiness;

    @Requires(Permission.LICENSE_READ)
    @GET
    @Produces(JSON_FIRST)
    public ReadinessReport report() {
        return readiness.system();
    }

    @Requires(Permission.LICENSE_READ)
    @GET
    @Produces(CSV_ON_REQUEST)
    public String csv() {
        return ReadinessCsv.write(readiness.system());
    }
}
