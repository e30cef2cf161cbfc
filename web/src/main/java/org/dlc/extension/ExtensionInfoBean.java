package org.dlc.extension;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.dlc.web.CsvDownload;
import org.dlc.web.Faces;
import org.dlc.web.FormCheck;
import org.dlc.web.TableAddress;
import org.primefaces.event.data.PageEvent;
import org.primefaces.event.data.SortEvent;

/**
 * The extension_info page: filter form, lazy table, CSV export of the whole filtered list. The filter, the page and
 * the order are in the page's address ({@code ?licenseState=PASSIVE&vendor=...&first=25&order=desc}: the dashboard's
 * cards and charts lead here so, and a reload keeps them). Each field of a refused filter is named at its field,
 * all at once, and no row is shown under values that were not applied.
 */
@Named
@ViewScoped
public class ExtensionInfoBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String[] CSV_HEADER = {"dir", "terminal_type", "revision", "vendor", "classification",
        "license_state", "lim"};

    @EJB
    private ExtensionInfoService info;

    private ExtensionInfoModel model;
    private String from;
    private String to;
    private String terminalType;
    private boolean thirdPartyOnly;
    private String classification;
    private String licenseState;
    private String vendor;
    private String notSeenDays;
    private final TableAddress table = new TableAddress();

    @PostConstruct
    void init() {
        model = new ExtensionInfoModel(info);
        Map<String, String> url = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        table.read(url);
        if (FILTERS.stream().anyMatch(url::containsKey)) {
            from = url.get("from");
            to = url.get("to");
            terminalType = url.get("terminalType");
            thirdPartyOnly = Boolean.parseBoolean(url.get("thirdPartyOnly"));
            classification = url.get("classification");
            licenseState = url.get("licenseState");
            vendor = url.get("vendor");
            notSeenDays = url.get("notSeenDays");
            filter(); // on the page the address names
        }
    }

    /** The URL parameters that set the filter, named as the REST API's ({@code GET /api/extensions}). */
    static final List<String> FILTERS = List.of("from", "to", "terminalType", "thirdPartyOnly", "classification",
            "licenseState", "vendor", "notSeenDays");

    /** Apply: the filter from its first page, in the address. */
    public void apply() {
        if (filter()) {
            table.firstPage();
            table.show(filterQuery(), "f:table");
        }
    }

    /** Checks every field of the filter and applies it; refused, no rows are shown. @return whether applied */
    private boolean filter() {
        FormCheck form = new FormCheck(FormCheck.field("from", "f:from", "extensionInfo.from"),
                FormCheck.field("to", "f:to", "extensionInfo.to"),
                FormCheck.field("terminalType", "f:type", "extensionInfo.terminalType"),
                FormCheck.field("classification", "f:classification", "extensionInfo.classification"),
                FormCheck.field("licenseState", "f:licenseState", "extensionInfo.licenseState"),
                FormCheck.field("vendor", "f:vendor", "extensionInfo.vendor"),
                FormCheck.field("notSeenDays", "f:notSeenDays", "extensionInfo.notSeenDays"));
        ExtensionInfoModel.checkRange(form, from, to);
        form.value(() -> new ExtensionQuery(null, null, Faces.blankToNull(terminalType), false, 0, 1));
        form.value(() -> HandsetFilter.parse(classification, null, null, null));
        form.value(() -> HandsetFilter.parse(null, licenseState, null, null));
        form.value(() -> HandsetFilter.parse(null, null, vendor, null));
        form.value(() -> HandsetFilter.parse(null, null, null, notSeenDays));
        if (form.failed() || !form.attempt("extensionInfo.filterRefused", () -> model.filter(from, to, terminalType,
                thirdPartyOnly, HandsetFilter.parse(classification, licenseState, vendor, notSeenDays)))) {
            model.refuse();
            return false;
        }
        return true;
    }

    /** The filter as the address carries it (the REST API's names). */
    private Map<String, String> filterQuery() {
        Map<String, String> q = new java.util.LinkedHashMap<>();
        q.put("from", Faces.blankToNull(from));
        q.put("to", Faces.blankToNull(to));
        q.put("terminalType", Faces.blankToNull(terminalType));
        q.put("thirdPartyOnly", thirdPartyOnly ? "true" : null);
        q.put("classification", Faces.blankToNull(classification));
        q.put("licenseState", Faces.blankToNull(licenseState));
        q.put("vendor", Faces.blankToNull(vendor));
        q.put("notSeenDays", Faces.blankToNull(notSeenDays));
        return q;
    }

    /** The table's page changed: the address follows. */
    public void paged(PageEvent event) {
        table.paged(event);
        table.show(filterQuery(), "f:table");
    }

    /** The table's order changed: the address follows. */
    public void sorted(SortEvent event) {
        table.sorted(event);
        table.show(filterQuery(), "f:table");
    }

    public TableAddress getTable() {
        return table;
    }

    public void reset() {
        from = null;
        to = null;
        terminalType = null;
        thirdPartyOnly = false;
        classification = null;
        licenseState = null;
        vendor = null;
        notSeenDays = null;
        model.filter(null, null, null, false);
        table.firstPage();
        table.show(filterQuery(), "f:table");
    }

    public void exportCsv() {
        CsvDownload.send("extension_info.csv", CSV_HEADER, printer -> {
            try {
                model.forEachFiltered(row -> {
                    try {
                        printer.printRecord(row.directoryNumber(), row.terminalType(), row.revision(), row.vendor(),
                                row.classification() == null ? "" : row.classification().name(),
                                row.licenseState().name(), row.lim());
                    } catch (java.io.IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
    }

    public ExtensionInfoModel getModel() {
        return model;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getTerminalType() {
        return terminalType;
    }

    public void setTerminalType(String terminalType) {
        this.terminalType = terminalType;
    }

    public boolean isThirdPartyOnly() {
        return thirdPartyOnly;
    }

    public String getClassification() {
        return classification;
    }

    public void setClassification(String classification) {
        this.classification = classification;
    }

    public String getLicenseState() {
        return licenseState;
    }

    public void setLicenseState(String licenseState) {
        this.licenseState = licenseState;
    }

    public String getVendor() {
        return vendor;
    }

    public void setVendor(String vendor) {
        this.vendor = vendor;
    }

    public String getNotSeenDays() {
        return notSeenDays;
    }

    public void setNotSeenDays(String notSeenDays) {
        this.notSeenDays = notSeenDays;
    }

    public void setThirdPartyOnly(boolean thirdPartyOnly) {
        this.thirdPartyOnly = thirdPartyOnly;
    }
}
