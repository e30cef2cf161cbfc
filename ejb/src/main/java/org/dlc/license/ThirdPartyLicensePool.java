package org.dlc.license;

import org.dlc.shared.ConflictException;

/**
 * The "MX - Extension 3rd party device" licenses (article 86L00079AAA-A), shared by third-party SIP and
 * DECT extensions. Allowed comes from the installed license file; used counts the extensions holding one.
 * used never exceeds allowed through a seizure; a smaller license file keeps existing seizures and shows
 * the excess until enough are released.
 */
public class ThirdPartyLicensePool {

    public static final String TAG = "3RD-PARTY-SIP-EXTENSION";
    public static final String NAME = "MX - Extension 3rd party device";
    public static final String ARTICLE = "86L00079AAA-A";

    private String tag = TAG;
    private int allowed;
    private int used;

    public ThirdPartyLicensePool() {
        // empty pool until a license file is installed; also for JPA
    }

    public ThirdPartyLicensePool(int allowed, int used) {
        this.allowed = allowed;
        this.used = used;
    }

    public void seize() {
        if (used >= allowed) {
            throw new ConflictException("no free " + TAG + " license (" + NAME + "): allowed " + allowed
                    + ", used " + used);
        }
        used++;
    }

    public void release() {
        if (used == 0) {
            throw new IllegalStateException("release of a " + TAG + " license that was never seized");
        }
        used--;
    }

    /** A new license file changes allowed only: seizures stay, however many are allowed now. */
    public void install(int newAllowed) {
        allowed = newAllowed;
    }

    /** Its use as the audit trail records it. */
    public String describe() {
        return "used " + used + " of " + allowed;
    }

    public String tag() {
        return tag;
    }

    public int allowed() {
        return allowed;
    }

    public int used() {
        return used;
    }

    public int free() {
        return Math.max(0, allowed - used);
    }

    /**
     * How many more licenses would cover {@code lacking} handsets without one (passive and blocked), counting the
     * free ones: license_status's "Licenses needed to cover them".
     */
    public long licensesNeeded(long lacking) {
        return Math.max(0, lacking - free());
    }

    /** What to order so every handset that lacks a license and every existing seizure is covered. */
    public long licensesToOrder(long lacking) {
        return licensesNeeded(lacking) + excess();
    }

    /** Seizures beyond what the installed file allows (after a smaller file was installed). */
    public int excess() {
        return Math.max(0, used - allowed);
    }
}
