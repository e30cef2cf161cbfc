package org.dlc.handset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.dlc.extension.DirectoryNumber;
import org.junit.jupiter.api.Test;

/** A handset remembers the outcome of its latest location registration; a repeat of it changes nothing. */
class HandsetTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final ModelIdentity DH6 = new ModelIdentity(8, 1);
    private static final HandsetType MITEL_DH6 = HandsetType.mitel("DH6");

    private final Handset handset = new Handset(new DirectoryNumber("1003"), Ipei.of(12345, 1003), "1234", T0);

    @Test
    void the_first_registration_records_identity_type_and_state() {
        assertFalse(handset.records(DH6, MITEL_DH6, HandsetState.REGISTERED));
        assertTrue(handset.registered(DH6, MITEL_DH6, HandsetState.REGISTERED, T0.plusSeconds(1)));
        assertTrue(handset.records(DH6, MITEL_DH6, HandsetState.REGISTERED));
        assertEquals(DH6, handset.modelIdentity());
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
}
