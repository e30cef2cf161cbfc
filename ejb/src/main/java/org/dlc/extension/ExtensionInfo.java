package org.dlc.extension;

import org.dlc.handset.Classification;
import org.dlc.handset.HandsetState;

/**
 * One row of extension_info: the specification's columns plus what the license control knows
 * ({@code handsetState} is null for a SIP extension).
 */
public record ExtensionInfo(String directoryNumber, String terminalType, String revision, String vendor,
                            Classification classification, LicenseState licenseState, int lim,
                            boolean thirdPartyClient, String ipei, Integer manic, Integer modic, int csp,
                            HandsetState handsetState) {

    public static final String DECT = "DECT";
    public static final String SIP = "SIP";
    /** Integrated DECT handsets do not report their software revision. */
    public static final String REVISION_NOT_AVAILABLE = "Not available";
}
