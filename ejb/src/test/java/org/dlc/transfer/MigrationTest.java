package org.dlc.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dlc.handset.Classification;
import org.dlc.handset.HandsetState;
import org.dlc.handset.HandsetType;
import org.dlc.shared.ConflictException;
import org.dlc.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class MigrationTest {

    private static final HandsetType ASCOM = new HandsetType(Classification.THIRD_PARTY, "Manufacturer: 10, Model: 77");
    private static final HandsetType SPECTRALINK = new HandsetType(Classification.THIRD_PARTY,
            "Manufacturer: 202, Model: 89");
    private static final HandsetType DT390 = new HandsetType(Classification.MITEL, "DT390");

    @Test
    void a_migration_is_the_first_load_of_an_upgraded_system_so_it_needs_a_system_without_subscriptions() {
        Migration.checkAllowed(0);
        ConflictException refused = assertThrows(ConflictException.class, () -> Migration.checkAllowed(3));
        assertEquals("migration refused: this system has 3 DECT subscription(s). A migration loads a system from"
                + " before enforcement into one that has none yet; a signed export of a server is loaded with"
                + " POST /api/transfer", refused.getMessage());
    }

    @Test
    void third_party_handsets_without_a_license_are_reported_as_passive_per_vendor() {
        Migration migration = new Migration();
        migration.extension();
        migration.subscription(ASCOM, false);
        migration.extension();
        migration.subscription(ASCOM, false);
        migration.extension();
        migration.subscription(SPECTRALINK, false);
        migration.extension();
        migration.subscription(ASCOM, true);
        migration.extension();
        migration.subscription(DT390, false);
        migration.extension();
        migration.subscription(HandsetType.UNIDENTIFIED, false);
        migration.extension();

        assertEquals(new Migration.Report(7, 6, 3,
                Map.of("Manufacturer: 10, Model: 77", 2, "Manufacturer: 202, Model: 89", 1), 1, 1, 1),
                migration.report());
        assertEquals(List.of("Manufacturer: 10, Model: 77", "Manufacturer: 202, Model: 89"),
                List.copyOf(migration.report().passivePerVendor().keySet()), "in vendor order");
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
