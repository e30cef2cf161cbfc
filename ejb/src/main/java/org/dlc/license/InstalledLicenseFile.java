package org.dlc.license;

import java.time.Instant;

/** The license file in force, kept verbatim so its signature can be checked again and exported. */
public class InstalledLicenseFile {

    private int sequence;
    private Instant installedAt;
    private String text;

    protected InstalledLicenseFile() {
        // for JPA
    }

    public InstalledLicenseFile(LicenseFile file, Instant now) {
        this.sequence = file.sequence();
        this.installedAt = now;
        this.text = file.text();
    }

    public int sequence() {
        return sequence;
    }

    public Instant installedAt() {
        return installedAt;
    }

    public String text() {
        return text;
    }
}
