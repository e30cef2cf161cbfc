package org.dlc.handset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.dlc.extension.DirectoryNumber;
import org.dlc.shared.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A handset remembers the outcome of its latest location registration; a repeat of it changes nothing. */
class HandsetTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final ModelIdentity DH6 = new ModelIdentity(8, 1);
    private static final HandsetType MITEL_DH6 = HandsetType.mitel("DH6");
    private static final ModelIdentity ACME = new ModelIdentity(4242, 1);
    private static final HandsetType THIRD_PARTY_ACME = HandsetType.thirdParty(ACME);
    private static final HandsetCatalogue WITHOUT_ACME = new HandsetCatalogue(List.of());
    private static final HandsetCatalogue ACME_IS_MITEL = new HandsetCatalogue(
            List.of(new CatalogueEntry(4242, 1, 1, "Mitel", "Acme OEM", true)));

    private final Handset handset = new Handset(new DirectoryNumber("1003"), Ipei.of(12345, 1003), "1234", T0);

    @Test
    void the_first_registration_records_identity_type_and_state() {
        assertFalse(handset.records(DH6, MITEL_DH6, HandsetState.REGISTERED));
        assertTrue(handset.registered(DH6, MITEL_DH6, HandsetState.REGISTERED, T0.plusSeconds(1)));
        assertTrue(handset.records(DH6, MITEL_DH6, HandsetState.REGISTERED));
        assertEquals(DH6, handset.modelIdentity());
    }

    @Test
    void latest_seen_moves_with_every_change_and_with_a_repeat_only_once_an_hour() {
        assertNull(handset.latestSeenAt(), "not seen since subscribed");
        assertFalse(handset.seenRecently(T0));

        handset.registered(DH6, MITEL_DH6, HandsetState.REGISTERED, T0);
        assertEquals(T0, handset.latestSeenAt());
        assertTrue(handset.seenRecently(T0.plus(Handset.SEEN_RESOLUTION).minusSeconds(1)));

        assertFalse(handset.registered(DH6, MITEL_DH6, HandsetState.REGISTERED, T0.plusSeconds(3599)),
                "a repeat within the hour: no write");
        assertEquals(T0, handset.latestSeenAt());
        assertFalse(handset.seenRecently(T0.plus(Handset.SEEN_RESOLUTION)));
        assertTrue(handset.registered(DH6, MITEL_DH6, HandsetState.REGISTERED, T0.plusSeconds(3600)),
                "a repeat an hour later writes the latest seen");
        assertEquals(T0.plusSeconds(3600), handset.latestSeenAt());
        assertTrue(handset.registered(null, HandsetType.UNIDENTIFIED, HandsetState.REGISTERED, T0.plusSeconds(3601)));
        assertEquals(T0.plusSeconds(3601), handset.latestSeenAt(), "a change: at once");
    }

    @Test
    void a_repeat_of_the_recorded_outcome_changes_nothing_and_anything_else_is_recorded() {
        handset.registered(DH6, MITEL_DH6, HandsetState.REGISTERED, T0);

        assertFalse(handset.registered(DH6, MITEL_DH6, HandsetState.REGISTERED, T0.plusSeconds(60)), "repeat");
        assertFalse(handset.records(null, HandsetType.UNIDENTIFIED, HandsetState.REGISTERED), "now blank");
        assertFalse(handset.records(new ModelIdentity(8, 2), MITEL_DH6, HandsetState.REGISTERED), "other model");
        assertFalse(handset.records(DH6, MITEL_DH6, HandsetState.BLOCKED), "other outcome");

        assertTrue(handset.registered(null, HandsetType.UNIDENTIFIED, HandsetState.REGISTERED, T0.plusSeconds(120)));
        assertTrue(handset.records(null, HandsetType.UNIDENTIFIED, HandsetState.REGISTERED));
    }

    @Test
    void a_repeat_is_unchanged_exactly_when_registering_it_would_write_nothing() {
        assertFalse(handset.unchangedBy(DH6, MITEL_DH6, HandsetState.REGISTERED, T0), "never registered");
        handset.registered(DH6, MITEL_DH6, HandsetState.REGISTERED, T0);

        assertTrue(handset.unchangedBy(DH6, MITEL_DH6, HandsetState.REGISTERED, T0.plusSeconds(3599)));
        assertFalse(handset.unchangedBy(DH6, MITEL_DH6, HandsetState.REGISTERED, T0.plusSeconds(3600)),
                "latest seen to write");
        assertFalse(handset.unchangedBy(DH6, MITEL_DH6, HandsetState.BLOCKED, T0.plusSeconds(1)), "other outcome");
        assertFalse(handset.unchangedBy(null, HandsetType.UNIDENTIFIED, HandsetState.REGISTERED, T0.plusSeconds(1)),
                "other identity");
        assertFalse(handset.registered(DH6, MITEL_DH6, HandsetState.REGISTERED, T0.plusSeconds(3599)));
    }

    @Nested
    class IdentifiedWithoutLicense {

        private final Handset passive = Handset.existingBeforeEnforcement(new DirectoryNumber("309"),
                Ipei.of(12345, 309), "1234", T0);

        @Test
        void the_first_passive_registration_sets_first_and_latest_identification() {
            assertNull(passive.firstIdentifiedAt());
            assertTrue(passive.registered(ACME, THIRD_PARTY_ACME, HandsetState.PASSIVE, T0.plusSeconds(5)));
            assertEquals(T0.plusSeconds(5), passive.firstIdentifiedAt());
            assertEquals(T0.plusSeconds(5), passive.lastIdentifiedAt());
        }

        @Test
        void repeats_within_a_minute_write_nothing_and_a_later_one_moves_only_the_latest() {
            passive.registered(ACME, THIRD_PARTY_ACME, HandsetState.PASSIVE, T0);

            assertTrue(passive.unchangedBy(ACME, THIRD_PARTY_ACME, HandsetState.PASSIVE, T0.plusSeconds(59)));
            assertFalse(passive.registered(ACME, THIRD_PARTY_ACME, HandsetState.PASSIVE, T0.plusSeconds(59)),
                    "a storm stays write-free");
            assertFalse(passive.unchangedBy(ACME, THIRD_PARTY_ACME, HandsetState.PASSIVE, T0.plusSeconds(60)),
                    "the latest identification to move");
            assertEquals(T0, passive.lastIdentifiedAt());

            assertTrue(passive.registered(ACME, THIRD_PARTY_ACME, HandsetState.PASSIVE, T0.plusSeconds(60)));
            assertEquals(T0, passive.firstIdentifiedAt());
            assertEquals(T0.plusSeconds(60), passive.lastIdentifiedAt());
        }

        @Test
        void a_new_identity_moves_the_latest_identification_at_once() {
            passive.registered(ACME, THIRD_PARTY_ACME, HandsetState.PASSIVE, T0);
            ModelIdentity other = new ModelIdentity(4242, 2);
            assertTrue(passive.registered(other, HandsetType.thirdParty(other), HandsetState.PASSIVE, T0.plusSeconds(1)));
            assertEquals(T0.plusSeconds(1), passive.lastIdentifiedAt());
        }

        @Test
        void other_outcomes_leave_the_identification_times_alone() {
            handset.registered(DH6, MITEL_DH6, HandsetState.REGISTERED, T0);
            handset.registered(ACME, THIRD_PARTY_ACME, HandsetState.BLOCKED, T0.plusSeconds(1));
            assertNull(handset.firstIdentifiedAt(), "a rejected handset is reported by alarm 12, not identified here");
        }

        @Test
        void clearing_forgets_the_times_until_the_next_passive_registration() {
            passive.registered(ACME, THIRD_PARTY_ACME, HandsetState.PASSIVE, T0);

            assertTrue(passive.forgetIdentification());
            assertNull(passive.firstIdentifiedAt());
            assertNull(passive.lastIdentifiedAt());
            assertFalse(passive.forgetIdentification(), "nothing left to forget");

            assertFalse(passive.unchangedBy(ACME, THIRD_PARTY_ACME, HandsetState.PASSIVE, T0.plusSeconds(10)));
            assertTrue(passive.registered(ACME, THIRD_PARTY_ACME, HandsetState.PASSIVE, T0.plusSeconds(10)),
                    "identified again at once, even within the minute");
            assertEquals(T0.plusSeconds(10), passive.firstIdentifiedAt());
            assertEquals(T0.plusSeconds(10), passive.lastIdentifiedAt());
        }

        @Test
        void an_import_restores_both_times_or_neither() {
            passive.restoreIdentification(T0, T0.plusSeconds(90));
            assertEquals(T0, passive.firstIdentifiedAt());
            assertEquals(T0.plusSeconds(90), passive.lastIdentifiedAt());
            passive.restoreIdentification(null, null);
            assertNull(passive.firstIdentifiedAt());

            assertEquals("identification", assertThrows(InvalidInputException.class,
                    () -> passive.restoreIdentification(T0, null)).field());
            assertEquals("identification", assertThrows(InvalidInputException.class,
                    () -> passive.restoreIdentification(T0.plusSeconds(1), T0)).field());
        }
    }

    @Nested
    class CatalogueChange {

        @Test
        void a_handset_blocked_as_third_party_is_unblocked_when_its_identity_becomes_mitel() {
            handset.registered(ACME, WITHOUT_ACME.classify(ACME), HandsetState.BLOCKED, T0);

            assertTrue(handset.reclassify(ACME_IS_MITEL));

            assertFalse(handset.blocked());
            assertEquals(HandsetState.SUBSCRIBED, handset.state(), "not registered since: the next one decides");
            assertEquals(new HandsetType(Classification.MITEL, "Acme OEM"), handset.type());
        }

        @Test
        void a_handset_blocked_while_sending_a_mitel_identity_stays_blocked_whatever_else_changes() {
            handset.registered(DH6, MITEL_DH6, HandsetState.BLOCKED, T0);
            HandsetCatalogue dh6Named = new HandsetCatalogue(
                    List.of(new CatalogueEntry(8, 1, 1, "Mitel", "Mitel 56xx (DH6)", true)));

            assertTrue(handset.reclassify(dh6Named), "the vendor text follows the catalogue");
            assertTrue(handset.blocked(), "blocks are sticky: only a third-party identity turned exempt lifts one");
        }

        @Test
        void a_registered_handset_that_becomes_third_party_keeps_its_state_until_it_registers() {
            handset.registered(ACME, ACME_IS_MITEL.classify(ACME), HandsetState.REGISTERED, T0);

            assertTrue(handset.reclassify(WITHOUT_ACME));

            assertEquals(HandsetState.REGISTERED, handset.state());
            assertEquals(THIRD_PARTY_ACME, handset.type());
        }

        @Test
        void an_unchanged_classification_changes_nothing() {
            handset.registered(ACME, THIRD_PARTY_ACME, HandsetState.BLOCKED, T0);
            assertFalse(handset.reclassify(WITHOUT_ACME));
            assertTrue(handset.blocked());
        }
    }
}
