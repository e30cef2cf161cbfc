package org.dlc.license;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The pool as license_status and the Licenses page show it, with how many more licenses would cover
 * every third-party handset working or blocked without one.
 */
public record LicenseStatus(String tag, String name, String article, int allowed, int used, int free, int excess,
                            long unlicensedThirdPartyHandsets, long licensesNeeded,
                            Integer fileSequence, LocalDate fileIssued, Instant fileInstalledAt) {
}
