package org.dlc.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dlc.shared.SpreadsheetCell;

/** The audit trail as CSV, the same for the REST API and the page's download. */
public final class AuditCsv {

    static final String[] HEADER = {"id", "at", "actor", "address", "action", "subject", "before", "after",
            "outcome"};
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(HEADER).get();

    private AuditCsv() {
    }

    public static String write(List<AuditRecord> records) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (AuditRecord r : records) {
                printer.printRecord(r.id(), r.at(), cell(r.actor()), r.address(), r.action().id(), cell(r.subject()),
                        cell(r.before()), cell(r.after()), r.outcome().name().toLowerCase());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A refused login records the name as typed: it is never run as a formula. */
    static String cell(String text) {
        return SpreadsheetCell.of(text);
    }
}
