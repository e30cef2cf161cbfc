package org.dlc.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dlc.extension.HandsetCounts;
import org.dlc.handset.Classification;
import org.dlc.handset.HandsetState;
import org.dlc.handset.HandsetType;
import org.dlc.handset.Ipei;
import org.dlc.handset.ModelIdentity;
import org.dlc.readiness.ReadinessReport;
import org.dlc.shared.ConflictException;
import org.dlc.shared.InvalidInputException;
import org.dlc.transfer.SystemExport.ExportedExtension;
import org.dlc.transfer.SystemExport.ExportedSubscription;
import org.junit.jupiter.api.Test;

class MigrationTest {

    private static final HandsetType DT390 = new HandsetType(Classification.MITEL, "DT390");

    @Test
    void a_migration_is_the_first_load_of_an_upgraded_system_so_it_needs_a_system_without_subscriptions() {
        Migration.checkAllowed(0);
        ConflictException refused = assertThrows(ConflictException.class, () -> Migration.checkAllowed(3));
        assertEquals("migration refused: this system has 3 DECT subscription(s). A migration loads a system from"
                + " before enforcement into one that has none yet; a signed export of a server is loaded with"
                + " POST /api/transfer", refused.getMessage());
    }

    /** A handset of a system before enforcement; {@code manic} null: blank (it sent no model identity). */
    private static ExportedExtension handset(String dir, int lim, boolean thirdPartyClient, Integer manic, Integer modic) {
        return new ExportedExtension(dir, lim, null, thirdPartyClient, new ExportedSubscription(
                Ipei.of(19, Integer.parseInt(dir)).value(), "1234", null, null, "REGISTERED", manic, modic, null, null, null));
    }

    /** The catalogue's verdicts for the identities used here. */
    private static HandsetType classify(ModelIdentity identity) {
        if (identity == null) {
            return HandsetType.UNIDENTIFIED;
        }
        return identity.manic() == 8 ? DT390 : new HandsetType(Classification.THIRD_PARTY,
                "Manufacturer: " + identity.manic() + ", Model: " + identity.modic());
    }

    /** Three third-party handsets without a license, one with, a Mitel, a blank one and a SIP extension with a license. */
    private static final SystemExport OLD_SYSTEM = new SystemExport(1, null, null, null, List.of(
            handset("3401", 1, false, 10, 77), handset("3402", 2, false, 202, 89), handset("3403", 2, false, 10, 77),
            handset("3404", 1, true, 10, 78), handset("3405", 1, false, 8, 1), handset("3406", 1, false, null, null),
            new ExportedExtension("3407", null, null, true, null)), null, null);

    @Test
    void third_party_handsets_without_a_license_are_reported_as_passive_per_vendor() {
        Migration migration = Migration.counted(CheckedExtension.of(OLD_SYSTEM, true), MigrationTest::classify);

        assertEquals(new Migration.Report(7, 6, 3,
                Map.of("Manufacturer: 10, Model: 77", 2, "Manufacturer: 202, Model: 89", 1), 1, 1, 1),
                migration.report());
        assertEquals(List.of("Manufacturer: 10, Model: 77", "Manufacturer: 202, Model: 89"),
                List.copyOf(migration.report().passivePerVendor().keySet()), "in vendor order");
    }

    @Test
    void before_the_upgrade_the_report_says_how_many_licenses_to_order_for_the_new_system() {
        Migration migration = Migration.counted(CheckedExtension.of(OLD_SYSTEM, true), MigrationTest::classify);

        // The new system has 3 licenses, 1 seized already; the document's 3404 and 3407 seize 2 more.
        ReadinessReport report = migration.readiness(Instant.EPOCH, 3, 1);

        assertEquals(new HandsetCounts(1, 3, 0, 1, 6), report.totals());
        assertEquals(new ReadinessReport.Licenses(3, 3, 0, 0, 3, 3, 3), report.licenses());
        assertEquals(List.of(new ReadinessReport.VendorRow("Manufacturer: 10, Model: 77", 0, 2, 0, 2),
                new ReadinessReport.VendorRow("Manufacturer: 10, Model: 78", 1, 0, 0, 0),
                new ReadinessReport.VendorRow("Manufacturer: 202, Model: 89", 0, 1, 0, 1)), report.vendors());
        assertEquals(List.of(new ReadinessReport.LimRow(1, new HandsetCounts(1, 1, 0, 1, 4), 1),
                new ReadinessReport.LimRow(2, new HandsetCounts(0, 2, 0, 0, 2), 2)), report.lims());
        assertEquals(List.of("3401", "3402", "3403", "3404", "3406"),
                report.handsets().stream().map(ReadinessReport.ListedHandset::directoryNumber).toList());
    }

    @Test
    void a_document_is_read_all_before_anything_is_loaded_and_a_bad_entry_is_named_by_its_place() {
        SystemExport bad = new SystemExport(1, null, null, null, List.of(handset("3401", 1, false, 10, 77),
                new ExportedExtension("3402", 1, 501, false, null)), null, null);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> CheckedExtension.of(bad, true));
        assertEquals("extensions[1].csp", refused.field());
        assertEquals("extensions[1].csp: must be 0..500, was 501", refused.getMessage());
        SystemExport twice = new SystemExport(1, null, null, null, List.of(handset("3401", 1, false, 10, 77),
                handset("3401", 1, false, 10, 77)), null, null);
        assertEquals("extensions[1].directoryNumber", assertThrows(InvalidInputException.class,
                () -> CheckedExtension.of(twice, true)).field());
    }

    @Test
    void a_system_from_before_enforcement_has_no_blocked_or_passive_handsets() {
        assertEquals(HandsetState.REGISTERED, Migration.stateBeforeEnforcement(HandsetState.REGISTERED));
        assertEquals(HandsetState.SUBSCRIBED, Migration.stateBeforeEnforcement(HandsetState.SUBSCRIBED));
        assertEquals("dect.state", assertThrows(InvalidInputException.class,
                () -> Migration.stateBeforeEnforcement(HandsetState.PASSIVE)).field());
        assertEquals("dect.state", assertThrows(InvalidInputException.class,
                () -> Migration.stateBeforeEnforcement(HandsetState.BLOCKED)).field());
    }

    @Test
    void a_migration_document_carries_no_signature_catalogue_or_alarms() {
        Migration.checkDocument(new SystemExport(1, null, null, null, List.of(), null, null));
        assertEquals("signature", assertThrows(InvalidInputException.class, () -> Migration.checkDocument(
                new SystemExport(2, Instant.EPOCH, null, null, List.of(), null, new ExportSignature("k", "v"))))
                .field());
        assertEquals("catalogue", assertThrows(InvalidInputException.class, () -> Migration.checkDocument(
                new SystemExport(2, Instant.EPOCH, null, List.of(), List.of(), null, null))).field());
        assertEquals("alarms", assertThrows(InvalidInputException.class, () -> Migration.checkDocument(
                new SystemExport(2, Instant.EPOCH, null, null, List.of(), List.of(), null))).field());
    }
}
