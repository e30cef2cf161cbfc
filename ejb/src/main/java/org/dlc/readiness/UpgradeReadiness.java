package org.dlc.readiness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dlc.extension.DirectoryNumber;
import org.dlc.extension.HandsetCounts;
import org.dlc.extension.LicenseState;
import org.dlc.handset.Classification;
import org.dlc.handset.HandsetType;
import org.dlc.license.ThirdPartyLicensePool;

/**
 * Counts DECT handsets for the readiness report and the dashboard, each by its {@link LicenseState} (the one rule
 * extension_info, diagnostic_print and license_status derive) and its classification:
 * <ul>
 * <li><b>licensed</b>: third party, its extension holds a license;</li>
 * <li><b>passive</b>: third party subscribed before enforcement, without a license, working (diagnostic_print);</li>
 * <li><b>blocked</b>: rejected for want of a license, whatever it sent;</li>
 * <li><b>unidentified</b>: blank, no model identity: it demands no license, but the specification urges
 *     identifying it (it may be third party); counted whatever its license state, so a blank blocked handset is
 *     both blocked and unidentified;</li>
 * <li>everything else (Mitel, Aastra, Ericsson) is exempt and only counted in the total.</li>
 * </ul>
 * Passive and blocked handsets need a license each: that is license_status's count of handsets without license.
 */
public final class UpgradeReadiness {

    private final Map<String, long[]> vendors = new TreeMap<>();
    private final Map<Integer, long[]> lims = new TreeMap<>();
    private final long[] totals = new long[TOTAL + 1];
    private final List<ReadinessReport.ListedHandset> listed = new ArrayList<>();

    private static final int LICENSED = 0;
    private static final int PASSIVE = 1;
    private static final int BLOCKED = 2;
    private static final int UNIDENTIFIED = 3;
    private static final int TOTAL = 4;

    /** Whether the report lists this handset: it is third party, blocked or blank (not an exempt Mitel one). */
    public static boolean listed(HandsetType type, LicenseState state) {
        return type.classification() != Classification.MITEL || state == LicenseState.BLOCKED;
    }

    /** One handset: counted, and listed in the report if it is one it is about. */
    public UpgradeReadiness handset(String directoryNumber, int lim, HandsetType type, LicenseState state) {
        handsets(lim, type, state, 1);
        return list(directoryNumber, lim, type, state);
    }

    /** Lists a handset (if it is one the report is about) without counting it: the counts came grouped. */
    public UpgradeReadiness list(String directoryNumber, int lim, HandsetType type, LicenseState state) {
        if (listed(type, state)) {
            listed.add(new ReadinessReport.ListedHandset(directoryNumber, lim, type.vendor(), state,
                    type.classification() == Classification.UNIDENTIFIED));
        }
        return this;
    }

    /** {@code count} handsets alike, counted and not listed (a grouped query's row). */
    public UpgradeReadiness handsets(int lim, HandsetType type, LicenseState state, long count) {
        long[] perLim = lims.computeIfAbsent(lim, l -> new long[TOTAL + 1]);
        int column = column(type.classification(), state);
        if (column >= 0) {
            vendors.computeIfAbsent(type.vendor(), v -> new long[TOTAL + 1])[column] += count;
            perLim[column] += count;
            totals[column] += count;
        }
        if (type.classification() == Classification.UNIDENTIFIED) {
            perLim[UNIDENTIFIED] += count;
            totals[UNIDENTIFIED] += count;
        }
        perLim[TOTAL] += count;
        totals[TOTAL] += count;
        return this;
    }

    /** licensed, passive, blocked, or -1: a license state the report does not count per vendor. */
    private static int column(Classification classification, LicenseState state) {
        return switch (state) {
            case LICENSED -> classification == Classification.THIRD_PARTY ? LICENSED : -1;
            case PASSIVE -> PASSIVE;
            case BLOCKED -> BLOCKED;
            case EXEMPT -> -1;
        };
    }

    public HandsetCounts counts() {
        return counts(totals);
    }

    private static HandsetCounts counts(long[] c) {
        return new HandsetCounts(c[LICENSED], c[PASSIVE], c[BLOCKED], c[UNIDENTIFIED], c[TOTAL]);
    }

    /** The report, with the pool the handsets would draw on. */
    public ReadinessReport report(ReadinessReport.Source source, Instant at, ThirdPartyLicensePool pool) {
        List<ReadinessReport.VendorRow> vendorRows = vendors.entrySet().stream()
                .map(v -> new ReadinessReport.VendorRow(v.getKey(), v.getValue()[LICENSED], v.getValue()[PASSIVE],
                        v.getValue()[BLOCKED], v.getValue()[PASSIVE] + v.getValue()[BLOCKED]))
                .filter(v -> v.licensed() + v.passive() + v.blocked() > 0).toList();
        List<ReadinessReport.LimRow> limRows = lims.entrySet().stream()
                .map(l -> new ReadinessReport.LimRow(l.getKey(), counts(l.getValue()),
                        l.getValue()[PASSIVE] + l.getValue()[BLOCKED])).toList();
        long needed = totals[PASSIVE] + totals[BLOCKED];
        ReadinessReport.Licenses licenses = new ReadinessReport.Licenses(pool.allowed(), pool.used(), pool.free(),
                pool.excess(), needed, pool.licensesNeeded(needed), pool.licensesToOrder(needed));
        List<ReadinessReport.ListedHandset> handsets = listed.stream()
                .sorted(Comparator.comparing(h -> DirectoryNumber.sortKey(h.directoryNumber()))).toList();
        return new ReadinessReport(source, at, counts(), vendorRows, limRows, licenses, handsets);
    }
}
