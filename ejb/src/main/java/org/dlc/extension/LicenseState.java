package org.dlc.extension;

import org.dlc.handset.Classification;
import org.dlc.handset.HandsetState;

/**
 * How an extension stands with the third-party license, as extension_info, the dashboard, diagnostic_print and
 * license_status all derive it from what is stored now (never from a list that can be cleared).
 */
public enum LicenseState {
    /** The extension holds a license. */
    LICENSED,
    /**
     * Passive support: the handset was subscribed before enforcement, the catalogue says it is third party, its
     * extension holds no license and it is not blocked. Exactly these handsets are on diagnostic_print.
     */
    PASSIVE,
    /** Rejected for want of a license: stays so until a license is seized (or the catalogue makes it exempt). */
    BLOCKED,
    /** Anything else: no license needed, or not yet known (no model identity). */
    EXEMPT;

    /**
     * The JPQL condition, on {@code Handset h} and its {@code Extension e}, that selects exactly the {@link #PASSIVE}
     * handsets of {@link #of}: the diagnostic list's query, written beside the rule it must match.
     */
    public static final String PASSIVE_JPQL = "e.thirdPartyClient = FALSE"
            + " AND h.state <> org.dlc.handset.HandsetState.BLOCKED"
            + " AND h.subscribedBeforeEnforcement = TRUE"
            + " AND h.classification = org.dlc.handset.Classification.THIRD_PARTY";

    /** The JPQL condition that selects exactly the handsets that {@link #lacksLicense()}: passive or blocked. */
    public static final String LACKS_LICENSE_JPQL = "e.thirdPartyClient = FALSE"
            + " AND (h.state = org.dlc.handset.HandsetState.BLOCKED OR (h.subscribedBeforeEnforcement = TRUE"
            + " AND h.classification = org.dlc.handset.Classification.THIRD_PARTY))";

    /**
     * The JPQL condition, on {@code Extension e} and its {@code Handset h} (absent for a SIP extension: a left
     * join), that selects exactly the extensions of this state by {@link #of}: the listings' filter.
     */
    public String jpql() {
        return switch (this) {
            case LICENSED -> "e.thirdPartyClient = TRUE";
            case BLOCKED -> "e.thirdPartyClient = FALSE AND h.state = org.dlc.handset.HandsetState.BLOCKED";
            case PASSIVE -> PASSIVE_JPQL;
            case EXEMPT -> "e.thirdPartyClient = FALSE AND (h.directoryNumber IS NULL"
                    + " OR (h.state <> org.dlc.handset.HandsetState.BLOCKED AND NOT (h.subscribedBeforeEnforcement = TRUE"
                    + " AND h.classification = org.dlc.handset.Classification.THIRD_PARTY)))";
        };
    }

    /** An extension without a DECT handset (SIP). */
    public static LicenseState of(boolean thirdPartyClient) {
        return thirdPartyClient ? LICENSED : EXEMPT;
    }

    /** An extension with a DECT handset, from the handset's stored facts. */
    public static LicenseState of(boolean thirdPartyClient, HandsetState handsetState, Classification classification,
                                  boolean subscribedBeforeEnforcement) {
        if (thirdPartyClient) {
            return LICENSED;
        }
        if (handsetState == HandsetState.BLOCKED) {
            return BLOCKED;
        }
        return subscribedBeforeEnforcement && classification.needsLicense() ? PASSIVE : EXEMPT;
    }

    /** Whether the handset needs a license it does not hold: license_status counts these (passive and blocked). */
    public boolean lacksLicense() {
        return this == PASSIVE || this == BLOCKED;
    }
}
