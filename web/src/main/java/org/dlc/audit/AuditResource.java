package org.dlc.audit;

import static org.dlc.web.CsvMedia.CSV_ON_REQUEST;
import static org.dlc.web.CsvMedia.JSON_FIRST;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.dlc.registration.LocationRegistrationCounts;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/** The audit trail, newest first, filtered; as JSON pages or as CSV. Location registrations as counts. */
@Path("audit")
public class AuditResource {

    public record Entry(long id, Instant at, String actor, String address, String action, String subject,
                        String before, String after, String outcome) {
        static Entry of(AuditRecord r) {
            return new Entry(r.id(), r.at(), r.actor(), r.address(), r.action().id(), r.subject(), r.before(),
                    r.after(), r.outcome().name().toLowerCase());
        }
    }

    public record Page(long total, int offset, int limit, List<Entry> records) {
    }

    @EJB
    private AuditService audit;

    @Inject
    private LocationRegistrationCounts registrations;

    @QueryParam("actor")
    private String actor;
    @QueryParam("action")
    private String action;
    @QueryParam("subject")
    private String subject;
    @QueryParam("from")
    private String from;
    @QueryParam("to")
    private String to;
    @QueryParam("outcome")
    private String outcome;
    @QueryParam("offset")
    private Integer offset;
    @QueryParam("limit")
    private Integer limit;

    private AuditQuery query(int defaultLimit) {
        return AuditQuery.parse(actor, action, subject, from, to, outcome, offset, limit, defaultLimit);
    }

    @Requires(Permission.AUDIT_READ)
    @GET
    @Produces(JSON_FIRST)
    public Page list() {
        AuditQuery q = query(AuditQuery.DEFAULT_LIMIT);
        return new Page(audit.count(q), q.offset(), q.limit(), audit.list(q).stream().map(Entry::of).toList());
    }

    /** Up to {@link AuditQuery#MAX_LIMIT} records unless {@code limit} says fewer. */
    @Requires(Permission.AUDIT_READ)
    @GET
    @Produces(CSV_ON_REQUEST)
    public String exportCsv() {
        return AuditCsv.write(audit.list(query(AuditQuery.MAX_LIMIT)));
    }

    @Requires(Permission.AUDIT_READ)
    @GET
    @Path("registrations")
    @Produces(MediaType.APPLICATION_JSON)
    public LocationRegistrationCounts.Snapshot registrations() {
        return registrations.snapshot();
    }
}
