package org.dlc.handset;

/** A classified model identity and the Vendor text extension_info prints for it. */
public record HandsetType(Classification classification, String vendor) {

    public static final HandsetType UNIDENTIFIED = new HandsetType(Classification.UNIDENTIFIED, "");

    static HandsetType mitel(String model) {
        return new HandsetType(Classification.MITEL, model);
    }

    /** Third-party handsets show their raw codes, as the specification's printout does. */
    static HandsetType thirdParty(ModelIdentity identity) {
        return new HandsetType(Classification.THIRD_PARTY,
                "Manufacturer: " + identity.manic() + ", Model: " + identity.modic());
    }
}
