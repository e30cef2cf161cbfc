package org.dlc.diagnostic;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.ExtensionService;
import org.dlc.handset.Ipei;
import org.dlc.license.LicenseService;
import org.dlc.license.LicenseStatus;
import org.dlc.web.CsvDownload;
import org.dlc.security.Permission;
import org.dlc.web.Access;
import org.dlc.web.Faces;
import org.dlc.web.ListSearch;

/** The diagnostic_print page: the list, refresh, clear, CSV, and seizing a license from a row. */
@Named
@ViewScoped
public class DiagnosticBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Access access;

    @EJB
    private DiagnosticService diagnostics;

    @EJB
    private ExtensionService extensions;

    @EJB
    private LicenseService licenses;

    private final ListSearch search = ListSearch.fromAddress();
    /** The whole list as it stands, and the rows the search shows of it. */
    private transient List<DiagnosticEntry> all;
    private transient List<DiagnosticEntry> entries;

    private List<DiagnosticEntry> all() {
        if (all == null) {
            all = diagnostics.entries();
        }
        return all;
    }

    public List<DiagnosticEntry> getEntries() {
        if (entries == null) {
            entries = search.filter(all(), e -> e.directoryNumber() + " " + e.ipei() + " " + printedIpei(e.ipei())
                    + " " + e.manic() + " " + e.modic() + " " + e.lim());
        }
        return entries;
    }

    /** The search box: by Dir, IPEI, MANIC, MODIC or LIM ({@code ?q=}). */
    public ListSearch getSearch() {
        return search;
    }

    public void search() {
        search.apply();
        entries = null;
    }

    /** Every handset of the list, whatever the search shows. */
    public int getCount() {
        return all().size();
    }

    public void refresh() {
        all = null;
        entries = null;
    }

    public void clear() {
        if (!access.may(Permission.DIAGNOSTIC_CLEAR)) {
            return;
        }
        int reset = diagnostics.clear();
        refresh();
        Faces.info("diagnostic.cleared", reset);
    }

    /** extension -c --third-party-client yes for the row's extension; an empty pool is refused. */
    public void seize(String directoryNumber) {
        if (!access.may(Permission.EXTENSION_CHANGE)) {
            return;
        }
        boolean seized = Faces.attempt("diagnostic.seizeRefused",
                () -> extensions.change(new DirectoryNumber(directoryNumber), null, null, true));
        if (seized) {
            LicenseStatus status = licenses.status();
            Faces.info("diagnostic.seized", directoryNumber, status.used(), status.allowed());
        }
        refresh();
    }

    public String printedIpei(String ipei) {
        return new Ipei(ipei).printed();
    }

    public void exportCsv() {
        CsvDownload.send("diagnostic_print.csv",
                new String[] {"dir", "ipei", "manic", "modic", "lim", "first_identified", "last_identified"},
                printer -> {
                    for (DiagnosticEntry e : diagnostics.entries()) {
                        printer.printRecord(e.directoryNumber(), new Ipei(e.ipei()).printed(), e.manic(), e.modic(),
                                e.lim(), e.firstIdentified(), e.lastIdentified());
                    }
                });
    }
}
