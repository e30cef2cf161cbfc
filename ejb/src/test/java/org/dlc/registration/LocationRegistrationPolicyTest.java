package org.dlc.registration;

import static org.dlc.handset.Classification.MITEL;
import static org.dlc.handset.Classification.THIRD_PARTY;
import static org.dlc.handset.Classification.UNIDENTIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlc.handset.HandsetState;
import org.junit.jupiter.api.Test;

/** The location registration decision table, branch by branch. */
class LocationRegistrationPolicyTest {

    private static final boolean LICENSED = true;
    private static final boolean UNLICENSED = false;
    private static final boolean BLOCKED = true;
    private static final boolean NOT_BLOCKED = false;
    private static final boolean BEFORE_ENFORCEMENT = true;
    private static final boolean AFTER_ENFORCEMENT = false;

    @Test
    void mitel_aastra_and_ericsson_handsets_are_accepted_without_a_license() {
        Decision d = LocationRegistrationPolicy.decide(MITEL, UNLICENSED, NOT_BLOCKED, AFTER_ENFORCEMENT);
        assertEquals(Decision.ACCEPT_EXEMPT, d);
        assertTrue(d.accepted());
        assertEquals(HandsetState.REGISTERED, d.state());
    }

    @Test
    void a_blank_handset_without_model_identity_needs_no_license() {
        assertEquals(Decision.ACCEPT_EXEMPT,
                LocationRegistrationPolicy.decide(UNIDENTIFIED, UNLICENSED, NOT_BLOCKED, AFTER_ENFORCEMENT));
    }

    @Test
    void a_third_party_handset_with_a_seized_license_is_accepted() {
        assertEquals(Decision.ACCEPT_LICENSED,
                LocationRegistrationPolicy.decide(THIRD_PARTY, LICENSED, NOT_BLOCKED, AFTER_ENFORCEMENT));
    }

    @Test
    void a_third_party_handset_subscribed_before_enforcement_is_passively_supported() {
        Decision d = LocationRegistrationPolicy.decide(THIRD_PARTY, UNLICENSED, NOT_BLOCKED, BEFORE_ENFORCEMENT);
        assertEquals(Decision.ACCEPT_PASSIVE, d);
        assertTrue(d.accepted());
        assertEquals(HandsetState.PASSIVE, d.state());
    }

    @Test
    void a_third_party_handset_without_license_is_rejected_and_blocked() {
        Decision d = LocationRegistrationPolicy.decide(THIRD_PARTY, UNLICENSED, NOT_BLOCKED, AFTER_ENFORCEMENT);
        assertEquals(Decision.REJECT_NO_LICENSE, d);
        assertFalse(d.accepted());
        assertEquals(HandsetState.BLOCKED, d.state());
    }

    @Test
    void a_blocked_handset_stays_rejected_whatever_identity_it_sends_until_a_license_is_seized() {
        assertEquals(Decision.REJECT_NO_LICENSE,
                LocationRegistrationPolicy.decide(UNIDENTIFIED, UNLICENSED, BLOCKED, AFTER_ENFORCEMENT));
        assertEquals(Decision.REJECT_NO_LICENSE,
                LocationRegistrationPolicy.decide(MITEL, UNLICENSED, BLOCKED, AFTER_ENFORCEMENT));
        assertEquals(Decision.ACCEPT_LICENSED,
                LocationRegistrationPolicy.decide(THIRD_PARTY, LICENSED, BLOCKED, AFTER_ENFORCEMENT));
    }

    @Test
    void a_repeat_of_an_exempt_or_licensed_registration_asks_nothing_of_the_alarm_log() {
        assertEquals(Decision.Repeat.NOTHING, Decision.ACCEPT_EXEMPT.repeat());
        assertEquals(Decision.Repeat.NOTHING, Decision.ACCEPT_LICENSED.repeat());
    }

    @Test
    void a_repeated_passive_registration_needs_alarm_14_active_and_a_repeated_rejection_counts_in_alarm_12() {
        assertEquals(Decision.Repeat.PASSIVE_ALARM_ACTIVE, Decision.ACCEPT_PASSIVE.repeat());
        assertEquals(Decision.Repeat.COUNTS_IN_ALARM_12, Decision.REJECT_NO_LICENSE.repeat());
    }
}
