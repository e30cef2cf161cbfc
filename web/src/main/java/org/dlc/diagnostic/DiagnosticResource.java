package org.dlc.diagnostic;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.dlc.security.Permission;
import org.dlc.security.Requires;

/** The diagnostic list (diagnostic_print). */
@Path("diagnostics")
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosticResource {

    public record Entry(String directoryNumber, String ipei, int manic, int modic, int lim,
                        Instant firstIdentified, Instant lastIdentified) {
        static Entry of(DiagnosticEntry e) {
            return new Entry(e.directoryNumber(), e.ipei(), e.manic(), e.modic(), e.lim(),
                    e.firstIdentified(), e.lastIdentified());
        }
    }

    /** How many handsets' identification times were forgotten; the handsets without a license stay listed. */
    public record Cleared(int identificationsReset) {
    }

    @EJB
    private DiagnosticService diagnostics;

    @Requires(Permission.DIAGNOSTIC_READ)
    @GET
    public List<Entry> list() {
        return diagnostics.entries().stream().map(Entry::of).toList();
    }

    @Requires(Permission.DIAGNOSTIC_CLEAR)
    @DELETE
    public Cleared clear() {
        return new Cleared(diagnostics.clear());
    }
}
