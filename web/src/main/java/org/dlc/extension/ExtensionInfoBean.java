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

/**
 * The extension_info page: filter form, lazy table, CSV export of the whole filtered list. The filter may come in
 * the URL ({@code ?licenseState=PASSIVE&vendor=...}: the dashboard's cards and charts lead here so).
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

    @PostConstruct
    void init() {
        model = new ExtensionInfoModel(info);
        Map<String, String> url = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (FILTERS.stream().anyMatch(url::containsKey)) {
            from = url.get("from");
            to = url.get("to");
            terminalType = url.get("terminalType");
            thirdPartyOnly = Boolean.parseBoolean(url.get("thirdPartyOnly"));
            classification = url.get("classification");
            licenseState = url.get("licenseState");
            vendor = url.get("vendor");
            notSeenDays = url.get("notSeenDays");
            apply();
        }
    }

    /** The URL parameters that set the filter, named as the REST API's ({@code GET /api/extensions}). */
    static final List<String> FILTERS = List.of("from", "to", "terminalType", "thirdPartyOnly", "classification",
            "licenseState", "vendor", "notSeenDays");

    public void apply() {
        Faces.attempt("extensionInfo.filterRefused", () -> model.filter(from, to, terminalType, thirdPartyOnly,
                HandsetFilter.parse(classification, licenseState, vendor, notSeenDays)));
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
