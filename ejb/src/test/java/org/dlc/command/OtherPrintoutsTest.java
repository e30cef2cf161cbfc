package org.dlc.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dlc.extension.ExtensionInfo;
import org.dlc.extension.LicenseState;
import org.dlc.handset.HandsetState;
import org.dlc.handset.Ipei;
import org.dlc.license.LicenseStatus;
import org.junit.jupiter.api.Test;

class OtherPrintoutsTest {

    static final Ipei IPEI = Ipei.parse("00019 0592015 3");

    @Test
    void diagnosticPrint() {
        DiagnosticPrintout.Row row = new DiagnosticPrintout.Row("311", IPEI, 10, 77, 1,
                Instant.parse("2020-12-18T15:35:27.966036Z"), Instant.parse("2020-12-19T08:01:02Z"));
        assertEquals("""
                Dir       IPEI             MANIC  MODIC  LIM  First identified     Last identified
                311       00019 0592015 3  10     77     1    2020-12-18 15:35:27  2020-12-19 08:01:02
                Number of third party DECT devices without license: 1
                """, DiagnosticPrintout.format(List.of(row)));
        assertEquals("""
                Dir       IPEI             MANIC  MODIC  LIM  First identified     Last identified
                Number of third party DECT devices without license: 0
                """, DiagnosticPrintout.format(List.of()));
        DiagnosticPrintout.Row sinceCleared = new DiagnosticPrintout.Row("309", IPEI, 10, 77, 1, null, null);
        assertEquals("""
                Dir       IPEI             MANIC  MODIC  LIM  First identified     Last identified
                309       00019 0592015 3  10     77     1    -                    -
                Number of third party DECT devices without license: 1
                """, DiagnosticPrintout.format(List.of(sinceCleared)), "not identified since the list was cleared");
        assertEquals("Diagnostic list cleared, identification times of 3 handsets reset; handsets without license"
                + " stay listed.\n", DiagnosticPrintout.cleared(3));
        assertEquals("Diagnostic list cleared, identification times of 1 handset reset; handsets without license"
                + " stay listed.\n", DiagnosticPrintout.cleared(1));
    }

    private static ExtensionInfo row(String dir, String type, int lim, int csp, boolean licensed, HandsetState state,
                                     String vendor) {
        return new ExtensionInfo(dir, type, ExtensionInfo.REVISION_NOT_AVAILABLE, vendor, null, LicenseState.EXEMPT, lim,
                licensed, state == null ? null : IPEI.value(), null, null, csp, state, null, null);
    }

    @Test
    void extensionPrint() {
        assertEquals("""
                Dir       LIM  CSP  Third Party  Terminal type
                1003      1    0    yes          DECT
                2001      12   500  no           SIP
                """, ExtensionPrintouts.EXTENSION.format(List.of(
                row("1003", "DECT", 1, 0, true, HandsetState.REGISTERED, "DH6"),
                row("2001", "SIP", 12, 500, false, null, ""))));
    }

    @Test
    void dectExtensionPrint() {
        assertEquals("""
                Dir       IPEI             State       Vendor
                1003      00019 0592015 3  Registered  DH6
                6014      00019 0592015 3  Blocked     Manufacturer: 10, Model: 77
                2135      00019 0592015 3  Subscribed
                """, ExtensionPrintouts.DECT_EXTENSION.format(List.of(
                row("1003", "DECT", 1, 0, false, HandsetState.REGISTERED, "DH6"),
                row("6014", "DECT", 1, 0, false, HandsetState.BLOCKED, "Manufacturer: 10, Model: 77"),
                row("2135", "DECT", 1, 0, false, HandsetState.SUBSCRIBED, ""))));
    }

    @Test
    void licenseStatusWithFile() {
        LicenseStatus s = new LicenseStatus("3RD-PARTY-SIP-EXTENSION", "MX - Extension 3rd party device",
                "86L00079AAA-A", 10, 12, 0, 2, 5, 5, 3, LocalDate.of(2024, 1, 15),
                Instant.parse("2024-01-16T10:00:00Z"));
        assertEquals("""
                Tag                     | Trial time | Allowed | Used
                3RD-PARTY-SIP-EXTENSION | -          | 10      | 12

                Name: MX - Extension 3rd party device (86L00079AAA-A)
                Free: 0
                Excess: 2
                Third party DECT handsets without license: 5
                Licenses needed to cover them: 5
                License file: sequence 3, issued 2024-01-15, installed 2024-01-16 10:00:00 UTC
                """, LicenseStatusPrintout.format(s));
    }

    @Test
    void licenseStatusWithoutFile() {
        LicenseStatus s = new LicenseStatus("3RD-PARTY-SIP-EXTENSION", "MX - Extension 3rd party device",
                "86L00079AAA-A", 0, 0, 0, 0, 1, 1, null, null, null);
        assertEquals("""
                Tag                     | Trial time | Allowed | Used
                3RD-PARTY-SIP-EXTENSION | -          | 0       | 0

                Name: MX - Extension 3rd party device (86L00079AAA-A)
                Free: 0
                Third party DECT handsets without license: 1
                Licenses needed to cover them: 1
                License file: no license file installed
                """, LicenseStatusPrintout.format(s));
    }
}
