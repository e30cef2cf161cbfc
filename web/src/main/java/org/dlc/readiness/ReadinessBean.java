package org.dlc.readiness;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.dlc.security.Permission;
import org.dlc.shared.InvalidInputException;
import org.dlc.transfer.SystemExport;
import org.dlc.transfer.TransferService;
import org.dlc.web.Access;
import org.dlc.web.CsvDownload;
import org.dlc.web.Faces;
import org.primefaces.model.file.UploadedFile;

/**
 * The upgrade readiness page: this system's report, or a migration document's (a dry run: nothing loaded), with
 * CSV and the browser's print (the page's print layout).
 */
@Named
@ViewScoped
public class ReadinessBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** As {@code POST /api/migration} accepts. */
    static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    private Access access;

    @EJB
    private ReadinessService readiness;

    @EJB
    private TransferService transfer;

    private transient ReadinessReport system;
    private ReadinessReport dryRun;
    private String documentName;
    private transient UploadedFile document;

    /** The report shown: the document's after a dry run, else this system's. */
    public ReadinessReport getReport() {
        if (dryRun != null) {
            return dryRun;
        }
        if (system == null) {
            system = readiness.system();
        }
        return system;
    }

    public boolean isDryRun() {
        return dryRun != null;
    }

    public String getDocumentName() {
        return documentName;
    }

    public void check() {
        if (!access.may(Permission.MIGRATION_DRY_RUN)) {
            return;
        }
        if (document == null || document.getSize() == 0) {
            Faces.error("readiness.noDocument");
            return;
        }
        if (document.getSize() > MAX_DOCUMENT_BYTES) {
            Faces.error("readiness.tooLarge", MAX_DOCUMENT_BYTES / 1024 / 1024);
            return;
        }
        String name = document.getFileName();
        String json = new String(document.getContent(), StandardCharsets.UTF_8);
        Faces.attempt("readiness.refused", () -> {
            dryRun = transfer.migrationDryRun(parse(json));
            documentName = name;
        });
    }

    private static SystemExport parse(String json) {
        try {
            SystemExport document = JSONB.fromJson(json, SystemExport.class);
            if (document == null) {
                throw new InvalidInputException("body", "is empty: a migration document is a JSON object");
            }
            return document;
        } catch (JsonbException e) {
            throw new InvalidInputException("body", "is not a migration document (JSON as POST /api/migration"
                    + " takes): " + e.getMessage());
        }
    }

    public void backToSystem() {
        dryRun = null;
        documentName = null;
        system = null;
    }

    public void exportCsv() {
        CsvDownload.sendText(isDryRun() ? "readiness-dry-run.csv" : "readiness.csv", ReadinessCsv.write(getReport()));
    }

    public UploadedFile getDocument() {
        return document;
    }

    public void setDocument(UploadedFile document) {
        this.document = document;
    }
}
