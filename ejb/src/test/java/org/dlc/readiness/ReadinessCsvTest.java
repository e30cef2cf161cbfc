package org.dlc.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.dlc.extension.LicenseState;
import org.dlc.handset.Classification;
import org.dlc.handset.HandsetType;
import org.dlc.license.ThirdPartyLicensePool;
import org.junit.jupiter.api.Test;

class ReadinessCsvTest {

    @Test
    void one_row_per_vendor_and_model_one_per_lim_and_the_total_with_the_licenses_to_order() {
        HandsetType ascom = new HandsetType(Classification.THIRD_PARTY, "Manufacturer: 10, Model: 77");
        HandsetType evil = new HandsetType(Classification.THIRD_PARTY, "=HYPERLINK(\"x\")");
        ReadinessReport report = new UpgradeReadiness()
                .handset("309", 1, ascom, LicenseState.PASSIVE)
                .handset("311", 2, ascom, LicenseState.BLOCKED)
                .handset("6014", 1, ascom, LicenseState.LICENSED)
                .handset("2135", 2, HandsetType.UNIDENTIFIED, LicenseState.EXEMPT)
                .handset("1003", 1, new HandsetType(Classification.MITEL, "DH6"), LicenseState.EXEMPT)
                .handset("7001", 1, evil, LicenseState.PASSIVE)
                .report(ReadinessReport.Source.SYSTEM, Instant.EPOCH, new ThirdPartyLicensePool(2, 1));

        assertEquals("""
                section,vendor_model,lim,handsets,licensed,passive,blocked,unidentified,licenses_needed,licenses_free,licenses_to_order\r
                vendor,"'=HYPERLINK(""x"")",,,0,1,0,,1,,\r
                vendor,"Manufacturer: 10, Model: 77",,,1,1,1,,2,,\r
                lim,,1,4,1,2,0,0,2,,\r
                lim,,2,2,0,0,1,1,1,,\r
                total,,,6,1,2,1,1,3,1,2\r
                """, ReadinessCsv.write(report));
    }
}
