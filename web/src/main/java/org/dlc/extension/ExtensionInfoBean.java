package org.dlc.extension;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.dlc.web.CsvDownload;
import org.dlc.web.Faces;

/** The extension_info page: filter form, lazy table, CSV export of the whole filtered list. */
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

    @PostConstruct
    void init() {
        model = new ExtensionInfoModel(info);
    }

    public void apply() {
        Faces.attempt("extensionInfo.filterRefused", () -> model.filter(from, to, terminalType, thirdPartyOnly));
    }

    public void reset() {
        from = null;
        to = null;
        terminalType = null;
        thirdPartyOnly = false;
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

    public void setThirdPartyOnly(boolean thirdPartyOnly) {
        this.thirdPartyOnly = thirdPartyOnly;
    }
}
