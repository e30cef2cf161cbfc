package org.dlc.handset;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dlc.extension.DirectoryNumber;
import org.dlc.shared.InvalidInputException;

/**
 * A DECT subscription: the handset with this IPEI may use this directory number once it has obtained
 * access rights with the authentication key. Remembers the latest model identity and registration state.
 */
public class Handset {

    private static final Pattern KEY = Pattern.compile("\\d{1,8}");

    private String directoryNumber;
    private String ipei;
    private String authenticationKey;
    private boolean subscribedBeforeEnforcement;
    private boolean accessRightsGranted;
    private Integer manic;
    private Integer modic;
    private Classification classification = Classification.UNIDENTIFIED;
    private String vendor = "";
    private HandsetState state = HandsetState.SUBSCRIBED;
    private Instant subscribedAt;
    private Instant lastRegisteredAt;

    protected Handset() {
        // for JPA
    }

    public Handset(DirectoryNumber directoryNumber, Ipei ipei, String authenticationKey, Instant now) {
        this.directoryNumber = directoryNumber.value();
        this.ipei = ipei.value();
        this.authenticationKey = checkKey(authenticationKey);
        this.subscribedAt = now;
    }

    /** A handset that was subscribed before enforcement began (an upgrade): eligible for passive support. */
    public static Handset existingBeforeEnforcement(DirectoryNumber directoryNumber, Ipei ipei, String authenticationKey,
                                                    Instant subscribedAt) {
        Handset h = new Handset(directoryNumber, ipei, authenticationKey, subscribedAt);
        h.subscribedBeforeEnforcement = true;
        h.accessRightsGranted = true;
        return h;
    }

    static String checkKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidInputException("authenticationKey", "must be 1..8 digits");
        }
        return key;
    }

    /** Step one of on-air subscription: IPEI and authentication code, no model identity. */
    public boolean grantAccessRights(String authenticationCode) {
        if (!authenticationKey.equals(authenticationCode)) {
            return false;
        }
        accessRightsGranted = true;
        return true;
    }

    /**
     * Records the outcome of a location registration.
     * @return whether anything visible changed (so unchanged re-registrations need no write)
     */
    public boolean registered(ModelIdentity identity, HandsetType type, HandsetState newState, Instant now) {
        boolean changed = !records(identity, type, newState);
        if (changed) {
            manic = identity == null ? null : identity.manic();
            modic = identity == null ? null : identity.modic();
            classification = type.classification();
            vendor = type.vendor();
            state = newState;
            lastRegisteredAt = now;
        }
        return changed;
    }

    /** @return whether this outcome is the one already recorded, so registering it again changes nothing */
    public boolean records(ModelIdentity identity, HandsetType type, HandsetState outcome) {
        return state == outcome && Objects.equals(modelIdentity(), identity) && type.equals(type());
    }

    /** After the catalogue changed: the stored classification follows it. @return whether it changed */
    public boolean reclassify(HandsetCatalogue catalogue) {
        HandsetType type = catalogue.classify(modelIdentity());
        if (type.equals(type())) {
            return false;
        }
        classification = type.classification();
        vendor = type.vendor();
        return true;
    }

    /** Restores what an export carried (import only). */
    public void restore(ModelIdentity identity, HandsetType type, HandsetState restoredState, boolean accessRights) {
        manic = identity == null ? null : identity.manic();
        modic = identity == null ? null : identity.modic();
        classification = type.classification();
        vendor = type.vendor();
        state = restoredState;
        accessRightsGranted = accessRights;
    }

    public HandsetType type() {
        return new HandsetType(classification, vendor);
    }

    public DirectoryNumber directoryNumber() {
        return new DirectoryNumber(directoryNumber);
    }

    public Ipei ipei() {
        return new Ipei(ipei);
    }

    public String authenticationKey() {
        return authenticationKey;
    }

    public boolean subscribedBeforeEnforcement() {
        return subscribedBeforeEnforcement;
    }

    public boolean accessRightsGranted() {
        return accessRightsGranted;
    }

    public ModelIdentity modelIdentity() {
        return manic == null ? null : new ModelIdentity(manic, modic);
    }

    public HandsetState state() {
        return state;
    }

    public boolean blocked() {
        return state == HandsetState.BLOCKED;
    }

    public Instant subscribedAt() {
        return subscribedAt;
    }

    public Instant lastRegisteredAt() {
        return lastRegisteredAt;
    }
}
