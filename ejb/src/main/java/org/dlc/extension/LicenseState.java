package org.dlc.extension;

import org.dlc.handset.HandsetState;

/** How an extension stands with the third-party license, as extension_info and the pages show it. */
public enum LicenseState {
    LICENSED, PASSIVE, BLOCKED, EXEMPT;

    public static LicenseState of(boolean thirdPartyClient, HandsetState handsetState) {
        if (thirdPartyClient) {
            return LICENSED;
        }
        if (handsetState == HandsetState.PASSIVE) {
            return PASSIVE;
        }
        return handsetState == HandsetState.BLOCKED ? BLOCKED : EXEMPT;
    }
}
