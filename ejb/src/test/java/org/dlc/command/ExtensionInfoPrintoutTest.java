package org.dlc.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.dlc.extension.ExtensionInfo;
import org.dlc.extension.LicenseState;
import org.dlc.handset.Classification;
import org.dlc.handset.HandsetState;
import org.junit.jupiter.api.Test;

class ExtensionInfoPrintoutTest {

    /** The specification's example, as printed (the PDF keeps only single blanks). */
    static final String SPEC = """
            Extension Info
            Dir Terminal type Revision Vendor
            1003 DECT Not available DH6
            1035 DECT Not available DT390
            2119 DECT Not available DH6
            2130 DECT Not available DT390
            2131 DECT Not available DH6
            2135 DECT Not available
            6014 DECT Not available Manufacturer: 10, Model: 77
            6309 DECT Not available Manufacturer: 202, Model: 89
            """;

    static ExtensionInfo dect(String dir, String vendor, Classification classification) {
        return new ExtensionInfo(dir, ExtensionInfo.DECT, ExtensionInfo.REVISION_NOT_AVAILABLE, vendor, classification,
                LicenseState.EXEMPT, 1, false, null, null, null, 0, HandsetState.REGISTERED, null, null);
    }

    static List<ExtensionInfo> specRows() {
        return List.of(
                dect("1003", "DH6", Classification.MITEL),
                dect("1035", "DT390", Classification.MITEL),
                dect("2119", "DH6", Classification.MITEL),
                dect("2130", "DT390", Classification.MITEL),
                dect("2131", "DH6", Classification.MITEL),
                dect("2135", "", Classification.UNIDENTIFIED),
                dect("6014", "Manufacturer: 10, Model: 77", Classification.THIRD_PARTY),
                dect("6309", "Manufacturer: 202, Model: 89", Classification.THIRD_PARTY));
    }

    @Test
    void printsTheSpecificationsExampleExactly() {
        assertEquals("""
                Extension Info
                Dir       Terminal type  Revision       Vendor
                1003      DECT           Not available  DH6
                1035      DECT           Not available  DT390
                2119      DECT           Not available  DH6
                2130      DECT           Not available  DT390
                2131      DECT           Not available  DH6
                2135      DECT           Not available
                6014      DECT           Not available  Manufacturer: 10, Model: 77
                6309      DECT           Not available  Manufacturer: 202, Model: 89
                """, ExtensionInfoPrintout.format(specRows()));
    }

    @Test
    void collapsedToSingleBlanksItIsTheSpecificationsText() {
        assertEquals(SPEC, collapse(ExtensionInfoPrintout.format(specRows())));
    }

    @Test
    void noRowsLeavesTitleAndHeader() {
        assertEquals("Extension Info\nDir       Terminal type  Revision       Vendor\n",
                ExtensionInfoPrintout.format(List.of()));
    }

    @Test
    void longDirectoryNumbersStillLeaveABlank() {
        String out = ExtensionInfoPrintout.format(List.of(dect("12345678901234567890", "DH6", Classification.MITEL)));
        assertEquals("12345678901234567890 DECT           Not available  DH6", out.split("\n")[2]);
    }

    static String collapse(String text) {
        return Arrays.stream(text.split("\n", -1)).map(l -> l.trim().replaceAll(" +", " "))
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
