package org.dlc.transfer;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.dlc.handset.HandsetState;
import org.dlc.handset.HandsetType;
import org.dlc.shared.ConflictException;
import org.dlc.shared.InvalidInputException;

/**
 * The upgrade of a system from before enforcement (a pre-7.3 PBX): the one door through which passive support
 * enters. Its subscriptions existed before the license control, so the specification lets their third-party
 * handsets go on working without a license. Every other subscription is made after enforcement.
 * <p>
 * A migration is allowed only while this system has no DECT subscription at all: it is the first load of an
 * upgraded system, not a way to grandfather handsets into a running one. Its document is the export format
 * without catalogue, alarms or signature; its handsets can only have been subscribed or registered.
 */
public final class Migration {

    private final Map<String, Integer> passivePerVendor = new TreeMap<>();
    private int extensions;
    private int subscriptions;
    private int licensed;
    private int exempt;
    private int unidentified;

    /** @throws ConflictException when the system already has DECT subscriptions */
    public static void checkAllowed(long subscriptionsOnSystem) {
        if (subscriptionsOnSystem > 0) {
            throw new ConflictException("migration refused: this system has " + subscriptionsOnSystem
                    + " DECT subscription(s). A migration loads a system from before enforcement into one that has"
                    + " none yet; a signed export of a server is loaded with POST /api/transfer");
        }
    }

    /** @throws InvalidInputException naming what a system from before enforcement cannot carry */
    public static void checkDocument(SystemExport document) {
        if (document.signature() != null || document.catalogue() != null || document.alarms() != null) {
            throw new InvalidInputException(document.signature() != null ? "signature"
                    : document.catalogue() != null ? "catalogue" : "alarms",
                    "is not part of a migration (a system from before enforcement has extensions, subscriptions and"
                            + " a license file): load a server's export with POST /api/transfer");
        }
    }

    /** @throws InvalidInputException when a handset of a system before enforcement has a state it cannot have had */
    public static HandsetState stateBeforeEnforcement(HandsetState state) {
        if (state == HandsetState.PASSIVE || state == HandsetState.BLOCKED) {
            throw new InvalidInputException("dect.state", "must be SUBSCRIBED or REGISTERED in a system from before"
                    + " enforcement, was " + state);
        }
        return state;
    }

    void extension() {
        extensions++;
    }

    /** Counts one migrated subscription by what it will be under the license control. */
    void subscription(HandsetType type, boolean licensed) {
        subscriptions++;
        switch (type.classification()) {
            case UNIDENTIFIED -> unidentified++;
            case MITEL -> exempt++;
            case THIRD_PARTY -> {
                if (licensed) {
                    this.licensed++;
                } else {
                    passivePerVendor.merge(type.vendor(), 1, Integer::sum);
                }
            }
        }
    }

    public Report report() {
        return new Report(extensions, subscriptions,
                passivePerVendor.values().stream().mapToInt(Integer::intValue).sum(), Collections.unmodifiableMap(new TreeMap<>(passivePerVendor)),
                licensed, exempt, unidentified);
    }

    /**
     * What a migration loaded.
     * @param passive third-party handsets without a license: passively supported (alarm 14, diagnostic_print)
     * @param passivePerVendor the same, by extension_info's Vendor text
     * @param licensed third-party handsets whose extension seized a license
     * @param exempt Mitel, Aastra and Ericsson handsets
     * @param unidentified handsets whose model identity is not known yet (blank): classified at their next
     *        location registration, passively supported then if third party
     */
    public record Report(int extensions, int subscriptions, int passive, Map<String, Integer> passivePerVendor,
                         int licensed, int exempt, int unidentified) {

        /** As the audit trail records it. */
        public String describe() {
            return extensions + " extensions, " + subscriptions + " subscriptions: " + passive + " passive "
                    + passivePerVendor + ", " + licensed + " licensed, " + exempt + " exempt, " + unidentified
                    + " unidentified";
        }
    }
}
