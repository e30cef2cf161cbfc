package org.dlc.license;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.Extension;
import org.dlc.extension.Lim;
import org.dlc.shared.ConflictException;
import org.junit.jupiter.api.Test;

class ThirdPartyLicensePoolTest {

    private static Extension extension(String dir) {
        return new Extension(new DirectoryNumber(dir), Lim.DEFAULT, 0);
    }

    @Test
    void third_party_client_yes_seizes_one_license() {
        ThirdPartyLicensePool pool = new ThirdPartyLicensePool(2, 0);
        Extension e = extension("1003");
        e.seizeLicense(pool);
        assertTrue(e.thirdPartyClient());
        assertEquals(1, pool.used());
        assertEquals(1, pool.free());
    }

    @Test
    void seizing_again_for_the_same_extension_takes_nothing_more() {
        ThirdPartyLicensePool pool = new ThirdPartyLicensePool(2, 0);
        Extension e = extension("1003");
        e.seizeLicense(pool);
        e.seizeLicense(pool);
        assertEquals(1, pool.used());
    }

    @Test
    void when_none_is_free_the_seizure_fails_naming_allowed_and_used_and_changes_nothing() {
        ThirdPartyLicensePool pool = new ThirdPartyLicensePool(1, 1);
        Extension e = extension("1003");
        ConflictException refused = assertThrows(ConflictException.class, () -> e.seizeLicense(pool));
        assertEquals("no free 3RD-PARTY-SIP-EXTENSION license (MX - Extension 3rd party device): allowed 1, used 1",
                refused.getMessage());
        assertFalse(e.thirdPartyClient());
        assertEquals(1, pool.used());
    }

    @Test
    void third_party_client_no_and_erase_release_the_license() {
        ThirdPartyLicensePool pool = new ThirdPartyLicensePool(1, 0);
        Extension e = extension("1003");
        e.seizeLicense(pool);
        e.releaseLicense(pool);
        e.releaseLicense(pool);
        assertFalse(e.thirdPartyClient());
        assertEquals(0, pool.used());
    }

    @Test
    void a_smaller_license_file_keeps_the_seizures_reports_the_excess_and_refuses_new_ones() {
        ThirdPartyLicensePool pool = new ThirdPartyLicensePool(5, 4);
        pool.install(2);
        assertEquals(4, pool.used());
        assertEquals(2, pool.excess());
        assertEquals(0, pool.free());
        assertThrows(ConflictException.class, pool::seize);
    }
}
