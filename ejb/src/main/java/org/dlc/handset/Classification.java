package org.dlc.handset;

/** What the license control makes of a handset's model identity. */
public enum Classification {
    /** Mitel, Aastra or Ericsson branded: exempt from the third-party license. */
    MITEL,
    /** Any other manufacturer: needs an "MX - Extension 3rd party device" license. */
    THIRD_PARTY,
    /** No model identity sent ("blank"): exempt. */
    UNIDENTIFIED;

    public boolean needsLicense() {
        return this == THIRD_PARTY;
    }
}
