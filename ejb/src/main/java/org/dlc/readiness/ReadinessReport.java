package org.dlc.readiness;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.dlc.extension.HandsetCounts;
import org.dlc.extension.LicenseState;

/**
 * The upgrade readiness report (the specification's "Recommendations when upgrading"): every DECT handset that
 * needs a third-party license, by vendor/model and by LIM, which work passively, which are blocked, which are blank
 * (unidentified: to be identified), and how many licenses to order. Of this system, or of a migration document
 * before it is loaded ({@link Source}).
 *
 * @param totals    the whole system's (or document's) handsets, counted as the dashboard counts them
 * @param vendors   per extension_info Vendor text: the third-party handsets, and any blocked one
 * @param lims      per LIM
 * @param handsets  the handsets the report is about: third party, blocked or blank (not the exempt Mitel ones)
 */
public record ReadinessReport(Source source, Instant at, HandsetCounts totals, List<VendorRow> vendors,
                              List<LimRow> lims, Licenses licenses, List<ListedHandset> handsets)
        implements Serializable {

    public enum Source {
        /** This system as it stands. */
        SYSTEM,
        /** A migration document (a system from before enforcement), read without loading it. */
        MIGRATION_DOCUMENT
    }

    /** @param licensesNeeded passive + blocked: each needs a license it does not hold */
    public record VendorRow(String vendor, long licensed, long passive, long blocked, long licensesNeeded)
            implements Serializable {
    }

    public record LimRow(int lim, HandsetCounts counts, long licensesNeeded) implements Serializable {
    }

    /**
     * The license pool (after the migration, for a document: its license file if newer, and its seizures).
     * @param needed   handsets that lack a license (passive and blocked), as license_status counts them
     * @param toCover  license_status's "Licenses needed to cover them": needed less the free ones
     * @param toOrder  what to order from the license center: {@code toCover} and the excess of seizures
     */
    public record Licenses(int allowed, int used, int free, int excess, long needed, long toCover, long toOrder)
            implements Serializable {
    }

    /** @param unidentified blank: no model identity, so the license control cannot tell whether it is third party */
    public record ListedHandset(String directoryNumber, int lim, String vendor, LicenseState licenseState,
                                boolean unidentified) implements Serializable {
    }
}
