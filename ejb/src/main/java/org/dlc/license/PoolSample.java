package org.dlc.license;

import java.time.Instant;

/**
 * The license pool at one moment, for the dashboard's usage over time: seized, free, and still needed to cover the
 * handsets without license (license_status's figures). Stored when they changed since the previous sample.
 */
public class PoolSample {

    private long id;
    private Instant at;
    private int allowed;
    private int used;
    private long needed;

    protected PoolSample() {
        // for JPA
    }

    public PoolSample(Instant at, LicenseStatus status) {
        this.at = at;
        this.allowed = status.allowed();
        this.used = status.used();
        this.needed = status.licensesNeeded();
    }

    /** Whether the pool still reads as this sample says (then no new sample is stored). */
    public boolean sameAs(LicenseStatus status) {
        return allowed == status.allowed() && used == status.used() && needed == status.licensesNeeded();
    }

    public Instant at() {
        return at;
    }

    public int allowed() {
        return allowed;
    }

    public int used() {
        return used;
    }

    public int free() {
        return new ThirdPartyLicensePool(allowed, used).free();
    }

    public long needed() {
        return needed;
    }
}
