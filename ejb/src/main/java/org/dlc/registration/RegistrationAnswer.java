package org.dlc.registration;

/** What the DECT system answers the handset, and what the handset displays. */
public record RegistrationAnswer(Result result, String display, String reason) {

    public enum Result { ACCEPTED, REJECTED }

    public static final String SUBSCRIPTION_OK = "Subscription OK";
    public static final String NO_ACCESS = "No Access";

    static RegistrationAnswer accepted(String display, String reason) {
        return new RegistrationAnswer(Result.ACCEPTED, display, reason);
    }

    static RegistrationAnswer rejected(String reason) {
        return new RegistrationAnswer(Result.REJECTED, NO_ACCESS, reason);
    }
}
