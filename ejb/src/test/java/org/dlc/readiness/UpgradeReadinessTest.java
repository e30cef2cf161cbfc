package org.dlc.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.dlc.extension.HandsetCounts;
import org.dlc.extension.LicenseState;
import org.dlc.handset.Classification;
import org.dlc.handset.HandsetState;
import org.dlc.handset.HandsetType;
import org.dlc.license.ThirdPartyLicensePool;
import org.dlc.readiness.ReadinessReport.Licenses;
import org.dlc.readiness.ReadinessReport.ListedHandset;
import org.dlc.readiness.ReadinessReport.VendorRow;
import org.junit.jupiter.api.Test;

/** The specification's "Recommendations when upgrading": find the third-party handsets, count the licenses to order. */
class UpgradeReadinessTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final HandsetType DH6 = new HandsetType(Classification.MITEL, "DH6");
    private static final HandsetType DT390 = new HandsetType(Classification.MITEL, "DT390");
    private static final HandsetType BLANK = HandsetType.UNIDENTIFIED;
    private static final HandsetType M10_77 = new HandsetType(Classification.THIRD_PARTY, "Manufacturer: 10, Model: 77");
    private static final HandsetType M202_89 = new HandsetType(Classification.THIRD_PARTY, "Manufacturer: 202, Model: 89");

    /** A handset's license state as extension_info derives it from its stored facts. */
    private static LicenseState state(boolean licensed, HandsetState handset, HandsetType type, boolean before) {
        return LicenseState.of(licensed, handset, type.classification(), before);
    }

    /** The specification's extension_info example with the demo's 309 (passive) and 311 (blocked). */
    private static UpgradeReadiness theSpecificationsSystem() {
        UpgradeReadiness r = new UpgradeReadiness();
        for (String dir : List.of("1003", "2119", "2131")) {
            r.handset(dir, 1, DH6, state(false, HandsetState.REGISTERED, DH6, true));
        }
        for (String dir : List.of("1035", "2130")) {
            r.handset(dir, 1, DT390, state(false, HandsetState.REGISTERED, DT390, true));
        }
        r.handset("2135", 1, BLANK, state(false, HandsetState.REGISTERED, BLANK, true));
        r.handset("6014", 1, M10_77, state(true, HandsetState.REGISTERED, M10_77, true));
        r.handset("6309", 2, M202_89, state(true, HandsetState.REGISTERED, M202_89, true));
        r.handset("309", 2, M10_77, state(false, HandsetState.PASSIVE, M10_77, true));
        r.handset("311", 1, M10_77, state(false, HandsetState.BLOCKED, M10_77, false));
        return r;
    }

    @Test
    void every_third_party_handset_is_found_per_vendor_and_model_and_the_blank_one_is_named_to_be_identified() {
        ReadinessReport report = theSpecificationsSystem().report(ReadinessReport.Source.SYSTEM, NOW,
                new ThirdPartyLicensePool(2, 2));

        assertEquals(new HandsetCounts(2, 1, 1, 1, 10), report.totals());
        assertEquals(List.of(new VendorRow("Manufacturer: 10, Model: 77", 1, 1, 1, 2),
                new VendorRow("Manufacturer: 202, Model: 89", 1, 0, 0, 0)), report.vendors());
        assertEquals(List.of("309 passive", "311 blocked", "2135 exempt (blank)", "6014 licensed", "6309 licensed"),
                report.handsets().stream().map(UpgradeReadinessTest::describe).toList(),
                "the Mitel DH6 and DT390 are exempt and not listed");
    }

    @Test
    void per_lim_the_same_counts() {
        ReadinessReport report = theSpecificationsSystem().report(ReadinessReport.Source.SYSTEM, NOW,
                new ThirdPartyLicensePool(2, 2));

        assertEquals(2, report.lims().size());
        assertEquals(new ReadinessReport.LimRow(1, new HandsetCounts(1, 0, 1, 1, 8), 1), report.lims().get(0));
        assertEquals(new ReadinessReport.LimRow(2, new HandsetCounts(1, 1, 0, 0, 2), 1), report.lims().get(1));
    }

    @Test
    void the_passive_and_the_blocked_handset_need_a_license_each_and_none_is_free_so_two_are_ordered() {
        ReadinessReport report = theSpecificationsSystem().report(ReadinessReport.Source.SYSTEM, NOW,
                new ThirdPartyLicensePool(2, 2));

        assertEquals(new Licenses(2, 2, 0, 0, 2, 2, 2), report.licenses());
    }

    @Test
    void free_licenses_are_counted_before_ordering_more() {
        assertEquals(new Licenses(3, 2, 1, 0, 2, 1, 1), theSpecificationsSystem()
                .report(ReadinessReport.Source.SYSTEM, NOW, new ThirdPartyLicensePool(3, 2)).licenses());
        assertEquals(new Licenses(10, 2, 8, 0, 2, 0, 0), theSpecificationsSystem()
                .report(ReadinessReport.Source.SYSTEM, NOW, new ThirdPartyLicensePool(10, 2)).licenses());
    }

    @Test
    void after_a_smaller_license_file_the_excess_seizures_are_ordered_too() {
        Licenses licenses = theSpecificationsSystem().report(ReadinessReport.Source.SYSTEM, NOW,
                new ThirdPartyLicensePool(1, 2)).licenses();

        assertEquals(new Licenses(1, 2, 0, 1, 2, 2, 3), licenses);
    }

    @Test
    void a_blank_handset_that_was_blocked_is_blocked_and_unidentified_and_a_mitel_one_on_a_licensed_extension_is_exempt() {
        UpgradeReadiness r = new UpgradeReadiness()
                .handset("4001", 1, BLANK, state(false, HandsetState.BLOCKED, BLANK, false))
                .handset("4002", 1, DH6, state(true, HandsetState.REGISTERED, DH6, false));

        ReadinessReport report = r.report(ReadinessReport.Source.SYSTEM, NOW, new ThirdPartyLicensePool(1, 1));

        assertEquals(new HandsetCounts(0, 0, 1, 1, 2), report.totals());
        assertEquals(List.of(new VendorRow("", 0, 0, 1, 1)), report.vendors());
        assertEquals(List.of("4001 blocked (blank)"), report.handsets().stream().map(UpgradeReadinessTest::describe)
                .toList());
    }

    @Test
    void grouped_counts_and_listed_handsets_give_the_same_report_as_handsets_one_by_one() {
        UpgradeReadiness grouped = new UpgradeReadiness()
                .handsets(1, DH6, LicenseState.EXEMPT, 3)
                .handsets(2, M10_77, LicenseState.PASSIVE, 2)
                .list("5001", 2, M10_77, LicenseState.PASSIVE).list("5002", 2, M10_77, LicenseState.PASSIVE)
                .list("5003", 1, DH6, LicenseState.EXEMPT);
        UpgradeReadiness single = new UpgradeReadiness();
        for (String dir : List.of("5101", "5102", "5103")) {
            single.handset(dir, 1, DH6, LicenseState.EXEMPT);
        }
        single.handset("5001", 2, M10_77, LicenseState.PASSIVE).handset("5002", 2, M10_77, LicenseState.PASSIVE);

        ThirdPartyLicensePool pool = new ThirdPartyLicensePool(0, 0);
        assertEquals(single.report(ReadinessReport.Source.SYSTEM, NOW, pool),
                grouped.report(ReadinessReport.Source.SYSTEM, NOW, pool));
    }

    private static String describe(ListedHandset h) {
        return h.directoryNumber() + " " + h.licenseState().name().toLowerCase() + (h.unidentified() ? " (blank)" : "");
    }
}
