package org.dlc.extension;

import static org.dlc.handset.Classification.MITEL;
import static org.dlc.handset.Classification.THIRD_PARTY;
import static org.dlc.handset.Classification.UNIDENTIFIED;
import static org.dlc.handset.HandsetState.BLOCKED;
import static org.dlc.handset.HandsetState.PASSIVE;
import static org.dlc.handset.HandsetState.REGISTERED;
import static org.dlc.handset.HandsetState.SUBSCRIBED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Who is on diagnostic_print ({@link LicenseState#PASSIVE}): a handset subscribed before enforcement, third party by
 * the catalogue, whose extension holds no license, and that is not blocked: decided from what is stored now.
 */
class LicenseStateTest {

    private static final boolean LICENSED = true;
    private static final boolean UNLICENSED = false;
    private static final boolean BEFORE = true;
    private static final boolean AFTER = false;

    @Test
    void a_third_party_handset_subscribed_before_enforcement_without_license_is_passive() {
        assertEquals(LicenseState.PASSIVE, LicenseState.of(UNLICENSED, PASSIVE, THIRD_PARTY, BEFORE));
    }

    @Test
    void it_is_passive_whatever_its_latest_registration_recorded_since_that_is_how_its_next_one_is_decided() {
        assertEquals(LicenseState.PASSIVE, LicenseState.of(UNLICENSED, REGISTERED, THIRD_PARTY, BEFORE),
                "its extension released the license it had");
        assertEquals(LicenseState.PASSIVE, LicenseState.of(UNLICENSED, SUBSCRIBED, THIRD_PARTY, BEFORE),
                "its identity came with the migration, no registration since");
    }

    @Test
    void a_seized_license_takes_it_off_the_list_at_once() {
        assertEquals(LicenseState.LICENSED, LicenseState.of(LICENSED, PASSIVE, THIRD_PARTY, BEFORE));
    }

    @Test
    void a_handset_the_catalogue_now_calls_mitel_or_that_sent_no_identity_is_not_on_the_list() {
        assertEquals(LicenseState.EXEMPT, LicenseState.of(UNLICENSED, PASSIVE, MITEL, BEFORE));
        assertEquals(LicenseState.EXEMPT, LicenseState.of(UNLICENSED, REGISTERED, UNIDENTIFIED, BEFORE));
    }

    @Test
    void a_handset_subscribed_after_enforcement_is_never_passive() {
        assertEquals(LicenseState.BLOCKED, LicenseState.of(UNLICENSED, BLOCKED, THIRD_PARTY, AFTER));
        assertEquals(LicenseState.EXEMPT, LicenseState.of(UNLICENSED, REGISTERED, MITEL, AFTER));
    }

    @Test
    void a_blocked_handset_is_reported_by_alarm_12_not_by_the_list() {
        assertEquals(LicenseState.BLOCKED, LicenseState.of(UNLICENSED, BLOCKED, THIRD_PARTY, BEFORE));
    }

    @Test
    void license_status_counts_passive_and_blocked_handsets_as_lacking_a_license() {
        assertTrue(LicenseState.PASSIVE.lacksLicense());
        assertTrue(LicenseState.BLOCKED.lacksLicense());
        assertFalse(LicenseState.LICENSED.lacksLicense());
        assertFalse(LicenseState.EXEMPT.lacksLicense());
    }

    @Test
    void an_extension_without_handset_is_licensed_or_exempt() {
        assertEquals(LicenseState.LICENSED, LicenseState.of(LICENSED));
        assertEquals(LicenseState.EXEMPT, LicenseState.of(UNLICENSED));
    }
}
