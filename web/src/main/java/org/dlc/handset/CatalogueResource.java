package org.dlc.handset;

import static org.dlc.web.CsvMedia.CSV;
import static org.dlc.web.CsvMedia.CSV_ON_REQUEST;
import static org.dlc.web.CsvMedia.JSON_FIRST;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.dlc.web.MaxBodySize;
import org.dlc.web.Require;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/** The handset catalogue: entries as JSON, the whole catalogue as CSV. */
@Path("catalogue")
public class CatalogueResource {

    public record Entry(Long id, Integer manic, Integer modicFrom, Integer modicTo, String vendor, String model,
                        Boolean mitel) {
        static Entry of(CatalogueEntry e) {
            return new Entry(e.id(), e.manic(), e.modicFrom(), e.modicTo(), e.vendor(), e.model(), e.mitel());
        }
    }

    public record Imported(int entries) {
    }

    @EJB
    private CatalogueService catalogue;

    @Requires(Permission.CATALOGUE_READ)
    @GET
    @Produces(JSON_FIRST)
    public List<Entry> list() {
        return catalogue.entries().stream().map(Entry::of).toList();
    }

    @Requires(Permission.CATALOGUE_READ)
    @GET
    @Produces(CSV_ON_REQUEST)
    public String exportCsv() {
        return catalogue.exportCsv();
    }

    @Requires(Permission.CATALOGUE_CHANGE)
    @PUT
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @MaxBodySize(1024 * 1024)
    @Produces(MediaType.APPLICATION_JSON)
    public Imported importCsv(String csv) {
        return new Imported(catalogue.importCsv(Require.body(csv)));
    }

    @Requires(Permission.CATALOGUE_CHANGE)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(Entry e) {
        Require.body(e);
        CatalogueEntry added = catalogue.add(new CatalogueEntry(Require.present(e.manic(), "manic"),
                Require.present(e.modicFrom(), "modicFrom"), Require.present(e.modicTo(), "modicTo"),
                e.vendor(), e.model(), Require.present(e.mitel(), "mitel")));
        return Response.status(Response.Status.CREATED).entity(Entry.of(added)).build();
    }

    @Requires(Permission.CATALOGUE_CHANGE)
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Entry update(@PathParam("id") long id, Entry e) {
        Require.body(e);
        return Entry.of(catalogue.update(id, Require.present(e.manic(), "manic"),
                Require.present(e.modicFrom(), "modicFrom"), Require.present(e.modicTo(), "modicTo"),
                e.vendor(), e.model(), Require.present(e.mitel(), "mitel")));
    }

    @Requires(Permission.CATALOGUE_CHANGE)
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        catalogue.delete(id);
        return Response.noContent().build();
    }
}
