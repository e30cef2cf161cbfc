package org.dlc.license;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The pool as license_status and the Licenses page show it, with how many more licenses would cover every
 * handset that {@linkplain org.dlc.extension.LicenseState#lacksLicense() lacks one}: passively supported (the
 * diagnostic_print list) or blocked.
 */
public record LicenseStatus(String tag, String name, String article, int allowed, int used, int free, int excess,
                            long unlicensedThirdPartyHandsets, long licensesNeeded,
                            Integer fileSequence, LocalDate fileIssued, Instant fileInstalledAt) {
}
