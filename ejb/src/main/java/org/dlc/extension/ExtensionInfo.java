package org.dlc.extension;

import java.time.Instant;
import org.dlc.handset.Classification;
import org.dlc.handset.HandsetState;

/**
 * One row of extension_info: the specification's columns plus what the license control knows
 * ({@code handsetState} is null for a SIP extension). {@code latestSeenAt}: the handset's latest location
 * registration, to {@linkplain org.dlc.handset.Handset#SEEN_RESOLUTION an hour} (null: none since it was
 * subscribed, at {@code subscribedAt}).
 */
public record ExtensionInfo(String directoryNumber, String terminalType, String revision, String vendor,
                            Classification classification, LicenseState licenseState, int lim,
                            boolean thirdPartyClient, String ipei, Integer manic, Integer modic, int csp,
                            HandsetState handsetState, Instant latestSeenAt, Instant subscribedAt) {

    public static final String DECT = "DECT";
    public static final String SIP = "SIP";
    /** Integrated DECT handsets do not report their software revision. */
    public static final String REVISION_NOT_AVAILABLE = "Not available";

    /** When the handset was last seen, or its subscription if it has not been seen since; null for SIP. */
    public Instant seenOrSubscribedAt() {
        return latestSeenAt != null ? latestSeenAt : subscribedAt;
    }
}
