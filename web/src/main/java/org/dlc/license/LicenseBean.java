package org.dlc.license;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.dlc.system.DevelopmentMode;
import org.dlc.security.Permission;
import org.dlc.web.Access;
import org.dlc.web.Faces;
import org.primefaces.model.file.UploadedFile;

/**
 * The licenses page: the pool, the installed file, the trusted keys (and the development mode notice), installing
 * a new signed file (uploaded or pasted).
 */
@Named
@ViewScoped
public class LicenseBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A license file is a few hundred bytes; anything much larger is not one. */
    static final long MAX_FILE_BYTES = 64 * 1024;

    @Inject
    private Access access;

    @EJB
    private LicenseService licenses;

    private transient LicenseStatus status;
    private transient LicenseKeyListing keys;
    private transient boolean keysRead;
    private transient UploadedFile file;
    private String text;

    public LicenseStatus getStatus() {
        if (status == null) {
            status = licenses.status();
        }
        return status;
    }

    /** @return the trusted keys; null (and an error message naming the file) when a key file is broken */
    public LicenseKeyListing getKeys() {
        if (!keysRead) {
            keysRead = true;
            Faces.attempt("license.keysUnreadable", () -> keys = licenses.trustedKeys());
        }
        return keys;
    }

    /** Shown as a notice on the page: the server trusts the development key. */
    public boolean isDevelopmentMode() {
        return DevelopmentMode.enabled();
    }

    public void install() {
        if (!access.may(Permission.LICENSE_INSTALL)) {
            return;
        }
        String content = text;
        if (file != null && file.getSize() > 0) {
            if (file.getSize() > MAX_FILE_BYTES) {
                Faces.error("license.tooLarge", MAX_FILE_BYTES / 1024);
                return;
            }
            content = new String(file.getContent(), StandardCharsets.UTF_8);
        }
        if (content == null || content.isBlank()) {
            Faces.error("license.nothingToInstall");
            return;
        }
        String toInstall = content;
        if (Faces.attempt("license.refused", () -> status = licenses.install(toInstall))) {
            Faces.info("license.installed", status.fileSequence(), status.allowed(), status.used(), status.free());
            text = null;
        }
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
