package org.dlc.registration;

import org.dlc.handset.Classification;

/**
 * The decision table of the specification, for a subscribed handset that location-registers.
 * <pre>
 * licensed extension                                  -> accept (licensed)
 * blocked before, still no license                    -> reject: stays blocked until a license is seized
 * MITEL or UNIDENTIFIED                               -> accept (exempt)
 * THIRD_PARTY, subscribed before enforcement          -> accept, passively supported
 * THIRD_PARTY otherwise                               -> reject ("No Access"), block
 * </pre>
 */
public final class LocationRegistrationPolicy {

    private LocationRegistrationPolicy() {
    }

    public static Decision decide(Classification classification, boolean licensed, boolean blocked,
                                  boolean subscribedBeforeEnforcement) {
        if (licensed) {
            return Decision.ACCEPT_LICENSED;
        }
        if (blocked) {
            return Decision.REJECT_NO_LICENSE;
        }
        if (!classification.needsLicense()) {
            return Decision.ACCEPT_EXEMPT;
        }
        return subscribedBeforeEnforcement ? Decision.ACCEPT_PASSIVE : Decision.REJECT_NO_LICENSE;
    }
}
