package org.dlc.transfer;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.dlc.extension.HandsetCounts;
import org.dlc.extension.LicenseState;
import org.dlc.handset.HandsetState;
import org.dlc.handset.HandsetType;
import org.dlc.handset.ModelIdentity;
import org.dlc.license.ThirdPartyLicensePool;
import org.dlc.readiness.ReadinessReport;
import org.dlc.readiness.UpgradeReadiness;
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

    /** Counts the document's handsets as the readiness report counts them: one rule for both. */
    private final UpgradeReadiness readiness = new UpgradeReadiness();
    private int extensions;
    private int seizures;

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

    /** A dry run: the document's extensions counted as the migration would load them; nothing is created. */
    static Migration counted(List<CheckedExtension> document, Function<ModelIdentity, HandsetType> classify) {
        Migration migration = new Migration();
        for (CheckedExtension x : document) {
            migration.extension(x);
            if (x.dect() != null) {
                migration.subscription(x, classify.apply(x.dect().identity()));
            }
        }
        return migration;
    }

    /** Counts one extension of the document; one with {@code thirdPartyClient} seizes a license. */
    void extension(CheckedExtension extension) {
        extensions++;
        if (extension.thirdPartyClient()) {
            seizures++;
        }
    }

    /**
     * Counts one subscription from before enforcement by what it will be under the license control, classified by
     * {@code type} (this system's catalogue): its license state as extension_info will derive it.
     */
    void subscription(CheckedExtension extension, HandsetType type) {
        readiness.handset(extension.directoryNumber().value(), extension.lim().number(), type,
                LicenseState.of(extension.thirdPartyClient(), extension.dect().state(), type.classification(), true));
    }

    public Report report() {
        HandsetCounts counts = readiness.counts();
        ReadinessReport byVendor = readiness.report(ReadinessReport.Source.MIGRATION_DOCUMENT, null,
                new ThirdPartyLicensePool());
        Map<String, Integer> passivePerVendor = new TreeMap<>();
        byVendor.vendors().stream().filter(v -> v.passive() > 0)
                .forEach(v -> passivePerVendor.put(v.vendor(), (int) v.passive()));
        return new Report(extensions, (int) counts.total(), (int) counts.passive(),
                Collections.unmodifiableMap(passivePerVendor), (int) counts.thirdPartyLicensed(),
                (int) (counts.total() - counts.thirdPartyLicensed() - counts.passive() - counts.blocked()
                        - counts.unidentified()), (int) counts.unidentified());
    }

    /**
     * The readiness report of the document: its handsets, and the pool they would draw on once it is loaded
     * ({@code allowed} licenses; the seizures of this system and of the document's licensed extensions).
     */
    public ReadinessReport readiness(Instant at, int allowed, int usedOnThisSystem) {
        return readiness.report(ReadinessReport.Source.MIGRATION_DOCUMENT, at,
                new ThirdPartyLicensePool(allowed, usedOnThisSystem + seizures));
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
