package org.dlc.handset;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dlc.extension.DirectoryNumber;
import org.dlc.shared.InvalidInputException;

/**
 * A DECT subscription: the handset with this IPEI may use this directory number once it has obtained
 * access rights with the authentication key. Remembers the latest model identity and registration state, when it
 * was latest seen (to {@link #SEEN_RESOLUTION}), and when registrations identified it as third party working
 * without a license (diagnostic_print's first and latest identification).
 */
public class Handset {

    /** Re-identifications closer together than this do not rewrite "last identified" (keeps storms write-free). */
    static final Duration LAST_IDENTIFIED_RESOLUTION = Duration.ofMinutes(1);

    /**
     * "Latest seen" (its latest location registration) is rewritten by a repeat only when it is older than this:
     * a re-registration storm stays write-free, and a handset's latest seen is at most this old (or a crash's
     * worth: the same bound).
     */
    public static final Duration SEEN_RESOLUTION = Duration.ofHours(1);

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
    private Instant latestSeenAt;
    private Instant firstIdentifiedAt;
    private Instant lastIdentifiedAt;

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

    /** @throws InvalidInputException unless the authentication key is 1..8 digits */
    public static String checkKey(String key) {
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
     * Records the outcome of a location registration, and that the handset was seen (at once when the outcome
     * changed, else once its latest seen is {@link #SEEN_RESOLUTION} old).
     * @return whether anything changed (so unchanged re-registrations need no write)
     */
    public boolean registered(ModelIdentity identity, HandsetType type, HandsetState newState, Instant now) {
        boolean changed = !records(identity, type, newState);
        if (changed) {
            manic = identity == null ? null : identity.manic();
            modic = identity == null ? null : identity.modic();
            classification = type.classification();
            vendor = type.vendor();
            state = newState;
        }
        if (changed || !seenRecently(now)) {
            latestSeenAt = now;
            changed = true;
        }
        if (newState == HandsetState.PASSIVE) {
            changed |= identifiedWithoutLicense(changed, now);
        }
        return changed;
    }

    /**
     * A registration identified this handset as third party working without a license: the first identification
     * is kept, the latest one moves at most once per {@link #LAST_IDENTIFIED_RESOLUTION} (at once when the outcome
     * or identity changed). @return whether the times changed
     */
    private boolean identifiedWithoutLicense(boolean outcomeChanged, Instant now) {
        if (!outcomeChanged && identifiedRecently(now)) {
            return false;
        }
        if (firstIdentifiedAt == null) {
            firstIdentifiedAt = now;
        }
        lastIdentifiedAt = now;
        return true;
    }

    private boolean identifiedRecently(Instant now) {
        return firstIdentifiedAt != null && lastIdentifiedAt != null
                && Duration.between(lastIdentifiedAt, now).compareTo(LAST_IDENTIFIED_RESOLUTION) < 0;
    }

    /**
     * Whether registering this outcome again changes nothing ({@link #registered} would return false): the outcome
     * is the recorded one, the handset was seen within {@link #SEEN_RESOLUTION} and, when passive, identified within
     * {@link #LAST_IDENTIFIED_RESOLUTION}. Such a repeat needs no write to the handset.
     */
    public boolean unchangedBy(ModelIdentity identity, HandsetType type, HandsetState outcome, Instant now) {
        return records(identity, type, outcome) && seenRecently(now)
                && (outcome != HandsetState.PASSIVE || identifiedRecently(now));
    }

    /**
     * {@code diagnostic_print --clear}: forgets when the handset was identified. It stays on the list while it
     * lacks a license (the list is derived); its times start again at its next registration.
     * @return whether there was anything to forget
     */
    public boolean forgetIdentification() {
        boolean had = firstIdentifiedAt != null;
        firstIdentifiedAt = null;
        lastIdentifiedAt = null;
        return had;
    }

    /** Whether its latest seen is younger than {@link #SEEN_RESOLUTION}: a repeat need not rewrite it. */
    public boolean seenRecently(Instant now) {
        return latestSeenAt != null && Duration.between(latestSeenAt, now).compareTo(SEEN_RESOLUTION) < 0;
    }

    /** Restores when an export says the handset was latest seen (import only; null: not seen since subscribed). */
    public void restoreLatestSeen(Instant seen) {
        latestSeenAt = seen;
    }

    /** @return whether this outcome is the one already recorded, so registering it again changes nothing */
    public boolean records(ModelIdentity identity, HandsetType type, HandsetState outcome) {
        return state == outcome && Objects.equals(modelIdentity(), identity) && type.equals(type());
    }

    /**
     * After the catalogue changed: the stored classification follows it. A handset blocked as third party whose
     * identity the catalogue now says is exempt is no longer blocked: it goes back to {@link HandsetState#SUBSCRIBED}
     * (not registered since), and its next location registration is decided afresh (accepted as exempt). A block
     * that did not come from this identity's classification (the handset was already exempt, or blank, and blocked
     * because blocks are sticky) stays. @return whether anything changed
     */
    public boolean reclassify(HandsetCatalogue catalogue) {
        HandsetType type = catalogue.classify(modelIdentity());
        if (type.equals(type())) {
            return false;
        }
        if (blocked() && classification.needsLicense() && !type.classification().needsLicense()) {
            state = HandsetState.SUBSCRIBED;
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

    /** Restores the identification times an export carried (import only); null = not identified since a clear. */
    public void restoreIdentification(Instant first, Instant last) {
        checkIdentification(first, last);
        firstIdentifiedAt = first;
        lastIdentifiedAt = last;
    }

    /** @throws InvalidInputException unless both identification times are set, last not before first, or neither */
    public static void checkIdentification(Instant first, Instant last) {
        if ((first == null) != (last == null) || first != null && last.isBefore(first)) {
            throw new InvalidInputException("identification", "first and last identified must both be set, last"
                    + " not before first, or both be empty; were " + first + " and " + last);
        }
    }

    /** The subscription as the audit trail records it: the authentication key only as "set". */
    public String describeSubscription() {
        return "IPEI " + ipei().printed() + ", authentication key set"
                + (subscribedBeforeEnforcement ? ", subscribed before enforcement" : "");
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

    /** Its latest location registration, to {@link #SEEN_RESOLUTION}; null if none since it was subscribed. */
    public Instant latestSeenAt() {
        return latestSeenAt;
    }

    /** When a registration first identified it as third party without a license (null: not since the last clear). */
    public Instant firstIdentifiedAt() {
        return firstIdentifiedAt;
    }

    /** The latest such identification, to {@link #LAST_IDENTIFIED_RESOLUTION}. */
    public Instant lastIdentifiedAt() {
        return lastIdentifiedAt;
    }
}
