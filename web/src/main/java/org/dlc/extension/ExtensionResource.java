package org.dlc.extension;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.dlc.handset.DectSubscriptionService;
import org.dlc.handset.Ipei;
import org.dlc.shared.InvalidInputException;
import org.dlc.web.Require;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/** Extensions and their DECT subscriptions: what extension and dect_extension do, over REST. */
@Path("extensions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExtensionResource {

    public record NewExtension(String directoryNumber, Integer lim, Integer csp, Boolean thirdPartyClient) {
    }

    public record ExtensionChange(Integer lim, Integer csp, Boolean thirdPartyClient) {
    }

    public record Subscription(String ipei, String authenticationKey) {
    }

    public record Page(long total, int offset, List<ExtensionInfo> items) {
    }

    @EJB
    private ExtensionService extensions;

    @EJB
    private ExtensionInfoService info;

    @EJB
    private DectSubscriptionService subscriptions;

    @Requires(Permission.EXTENSION_READ)
    @GET
    public Page list(@QueryParam("from") String from, @QueryParam("to") String to,
                     @QueryParam("terminalType") String terminalType,
                     @QueryParam("thirdPartyOnly") @DefaultValue("false") boolean thirdPartyOnly,
                     @QueryParam("classification") String classification,
                     @QueryParam("licenseState") String licenseState, @QueryParam("vendor") String vendor,
                     @QueryParam("notSeenDays") String notSeenDays,
                     @QueryParam("offset") @DefaultValue("0") int offset,
                     @QueryParam("limit") @DefaultValue("100") int limit) {
        ExtensionQuery q = new ExtensionQuery(from == null ? null : new DirectoryNumber(from),
                to == null ? null : new DirectoryNumber(to), terminalType, thirdPartyOnly, offset, limit,
                HandsetFilter.parse(classification, licenseState, vendor, notSeenDays));
        return new Page(info.count(q), offset, info.list(q));
    }

    @Requires(Permission.EXTENSION_CHANGE)
    @POST
    public Response create(NewExtension body) {
        Require.body(body);
        DirectoryNumber dir = new DirectoryNumber(Require.present(body.directoryNumber(), "directoryNumber"));
        extensions.create(dir, body.lim() == null ? Lim.DEFAULT : new Lim(body.lim()),
                body.csp() == null ? 0 : body.csp(), Boolean.TRUE.equals(body.thirdPartyClient()));
        return Response.created(URI.create("extensions/" + dir)).entity(get(dir.value())).build();
    }

    @Requires(Permission.EXTENSION_READ)
    @GET
    @Path("{dir}")
    public ExtensionInfo get(@PathParam("dir") String dir) {
        return info.one(new DirectoryNumber(dir));
    }

    @Requires(Permission.EXTENSION_CHANGE)
    @PATCH
    @Path("{dir}")
    public ExtensionInfo change(@PathParam("dir") String dir, ExtensionChange body) {
        Require.body(body);
        DirectoryNumber number = new DirectoryNumber(dir);
        extensions.change(number, body.lim() == null ? null : new Lim(body.lim()), body.csp(), body.thirdPartyClient());
        return get(dir);
    }

    @Requires(Permission.EXTENSION_CHANGE)
    @DELETE
    @Path("{dir}")
    public Response erase(@PathParam("dir") String dir) {
        extensions.erase(new DirectoryNumber(dir));
        return Response.noContent().build();
    }

    /**
     * dect_extension -i: a subscription made now, after enforcement. Passive support is not something a call can
     * ask for: the old {@code beforeEnforcement} parameter is refused, naming the one door (the migration).
     */
    @Requires(Permission.SUBSCRIPTION_CHANGE)
    @PUT
    @Path("{dir}/dect")
    public ExtensionInfo subscribe(@PathParam("dir") String dir,
                                   @QueryParam("beforeEnforcement") String beforeEnforcement,
                                   Subscription body) {
        if (beforeEnforcement != null) {
            throw new InvalidInputException("beforeEnforcement", "is not accepted: every subscription made here is"
                    + " after enforcement; subscriptions from before enforcement are loaded by POST /api/migration");
        }
        Require.body(body);
        subscriptions.subscribe(new DirectoryNumber(dir), Ipei.parse(Require.present(body.ipei(), "ipei")),
                Require.present(body.authenticationKey(), "authenticationKey"));
        return get(dir);
    }

    @Requires(Permission.SUBSCRIPTION_CHANGE)
    @DELETE
    @Path("{dir}/dect")
    public Response unsubscribe(@PathParam("dir") String dir) {
        subscriptions.unsubscribe(new DirectoryNumber(dir));
        return Response.noContent().build();
    }
}
