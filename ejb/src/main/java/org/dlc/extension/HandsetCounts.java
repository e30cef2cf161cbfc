package org.dlc.extension;

import java.io.Serializable;

/**
 * DECT handsets by how they stand with the license control, for the dashboard and the readiness report
 * ({@code org.dlc.readiness.UpgradeReadiness} counts them): third party licensed, third party working without a
 * license (passive), blocked, unidentified (no model identity), and all.
 */
public record HandsetCounts(long thirdPartyLicensed, long passive, long blocked, long unidentified, long total)
        implements Serializable {
}
