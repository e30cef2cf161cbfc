package org.dlc.handset;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dlc.web.CsvDownload;
import org.dlc.security.Permission;
import org.dlc.web.Access;
import org.dlc.web.Faces;
import org.dlc.web.FormCheck;
import org.dlc.web.ListSearch;
import org.primefaces.model.file.UploadedFile;

/** The handset catalogue page: list, add, edit, delete; CSV export and import (replaces the catalogue). */
@Named
@ViewScoped
public class CatalogueBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_CSV_BYTES = 1024 * 1024;

    @Inject
    private Access access;

    @EJB
    private CatalogueService catalogue;

    private final ListSearch search = ListSearch.fromAddress();
    private transient List<CatalogueEntry> entries;
    /** The entry being edited; null while adding a new one. */
    private Long editing;
    private Integer manic;
    private Integer modicFrom;
    private Integer modicTo;
    private String vendor;
    private String model;
    private boolean mitel;
    private String csv;
    private transient UploadedFile file;

    public List<CatalogueEntry> getEntries() {
        if (entries == null) {
            entries = search.filter(catalogue.entries(), c -> c.manic() + " " + c.vendor() + " " + c.model());
        }
        return entries;
    }

    /** The search box: by MANIC, vendor or model ({@code ?q=}). */
    public ListSearch getSearch() {
        return search;
    }

    public void search() {
        search.apply();
        entries = null;
    }

    public void newEntry() {
        editing = null;
        manic = null;
        modicFrom = null;
        modicTo = null;
        vendor = null;
        model = null;
        mitel = false;
    }

    public void edit(CatalogueEntry e) {
        editing = e.id();
        manic = e.manic();
        modicFrom = e.modicFrom();
        modicTo = e.modicTo();
        vendor = e.vendor();
        model = e.model();
        mitel = e.mitel();
    }

    public void save() {
        if (!access.may(Permission.CATALOGUE_CHANGE)) {
            return;
        }
        int m = manic == null ? -1 : manic;
        int from = modicFrom == null ? -1 : modicFrom;
        int to = modicTo == null ? from : modicTo;
        // Each field on its own, so that every error shows at once, at its field.
        FormCheck form = new FormCheck(FormCheck.field("manic", "f:manic", "catalogue.manic"),
                FormCheck.field("modicFrom", "f:modicFrom", "catalogue.modicFrom"),
                FormCheck.field("modicTo", "f:modicTo", "catalogue.modicTo"),
                FormCheck.field("vendor", "f:vendor", "catalogue.vendor"),
                FormCheck.field("model", "f:model", "catalogue.model"));
        form.value(() -> new ModelIdentity(m, 0));
        modic(form, "modicFrom", from);
        modic(form, "modicTo", to);
        form.value(() -> new CatalogueEntry(0, 0, 0, vendor, "x", false));
        form.value(() -> new CatalogueEntry(0, 0, 0, "x", model, false));
        if (!form.failed() && from > to) {
            form.refuse("modicTo", Faces.text("catalogue.reversed", from, to));
        }
        boolean saved = form.attempt("catalogue.refused", () -> {
            if (editing == null) {
                catalogue.add(new CatalogueEntry(m, from, to, vendor, model, mitel));
            } else {
                catalogue.update(editing, m, from, to, vendor, model, mitel);
            }
        });
        if (saved) {
            Faces.info("catalogue.saved", vendor, model);
            newEntry();
            entries = null;
        }
    }

    private static void modic(FormCheck form, String field, int modic) {
        try {
            new ModelIdentity(0, modic);
        } catch (org.dlc.shared.InvalidInputException e) {
            form.refuse(field, e.reason());
        }
    }

    public void delete(long id) {
        if (!access.may(Permission.CATALOGUE_CHANGE)) {
            return;
        }
        if (Faces.attempt("catalogue.refused", () -> catalogue.delete(id))) {
            Faces.info("catalogue.deleted");
            entries = null;
            if (editing != null && editing == id) {
                newEntry();
            }
        }
    }

    public void importCsv() {
        if (!access.may(Permission.CATALOGUE_CHANGE)) {
            return;
        }
        String content = csv;
        if (file != null && file.getSize() > 0) {
            if (file.getSize() > MAX_CSV_BYTES) {
                Faces.error("catalogue.tooLarge", MAX_CSV_BYTES / 1024);
                return;
            }
            content = new String(file.getContent(), StandardCharsets.UTF_8);
        }
        if (content == null || content.isBlank()) {
            Faces.error("catalogue.nothingToImport");
            return;
        }
        String toImport = content;
        int[] count = new int[1];
        if (Faces.attempt("catalogue.importRefused", () -> count[0] = catalogue.importCsv(toImport))) {
            Faces.info("catalogue.imported", count[0]);
            csv = null;
            entries = null;
        }
    }

    public void exportCsv() {
        CsvDownload.sendText("handset-catalogue.csv", catalogue.exportCsv());
    }

    public boolean isEditingExisting() {
        return editing != null;
    }

    public Integer getManic() {
        return manic;
    }

    public void setManic(Integer manic) {
        this.manic = manic;
    }

    public Integer getModicFrom() {
        return modicFrom;
    }

    public void setModicFrom(Integer modicFrom) {
        this.modicFrom = modicFrom;
    }

    public Integer getModicTo() {
        return modicTo;
    }

    public void setModicTo(Integer modicTo) {
        this.modicTo = modicTo;
    }

    public String getVendor() {
        return vendor;
    }

    public void setVendor(String vendor) {
        this.vendor = vendor;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public boolean isMitel() {
        return mitel;
    }

    public void setMitel(boolean mitel) {
        this.mitel = mitel;
    }

    public String getCsv() {
        return csv;
    }

    public void setCsv(String csv) {
        this.csv = csv;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
