package org.dlc.readiness;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dlc.extension.HandsetCounts;
import org.dlc.shared.SpreadsheetCell;

/**
 * The readiness report as CSV, for the license center and spreadsheets: one row per vendor/model, one per LIM and
 * the total, which alone has the free licenses and how many to order. Empty cells do not apply to the row.
 */
public final class ReadinessCsv {

    static final String[] HEADER = {"section", "vendor_model", "lim", "handsets", "licensed", "passive", "blocked",
        "unidentified", "licenses_needed", "licenses_free", "licenses_to_order"};
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(HEADER).get();

    private ReadinessCsv() {
    }

    public static String write(ReadinessReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (ReadinessReport.VendorRow v : report.vendors()) {
                printer.printRecord("vendor", SpreadsheetCell.of(v.vendor()), "", "", v.licensed(), v.passive(),
                        v.blocked(), "", v.licensesNeeded(), "", "");
            }
            for (ReadinessReport.LimRow l : report.lims()) {
                HandsetCounts c = l.counts();
                printer.printRecord("lim", "", l.lim(), c.total(), c.thirdPartyLicensed(), c.passive(), c.blocked(),
                        c.unidentified(), l.licensesNeeded(), "", "");
            }
            HandsetCounts t = report.totals();
            printer.printRecord("total", "", "", t.total(), t.thirdPartyLicensed(), t.passive(), t.blocked(),
                    t.unidentified(), report.licenses().needed(), report.licenses().free(),
                    report.licenses().toOrder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
