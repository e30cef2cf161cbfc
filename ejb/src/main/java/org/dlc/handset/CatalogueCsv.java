package org.dlc.handset;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dlc.shared.InvalidInputException;

/**
 * The catalogue's CSV form, for shipping, import and export:
 * {@code manic,modic_from,modic_to,vendor,model,mitel}, one header line, one entry per line.
 */
public final class CatalogueCsv {

    static final String[] HEADER = {"manic", "modic_from", "modic_to", "vendor", "model", "mitel"};
    /** The first line must be the header: a file without it would lose its first entry, or be no catalogue. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    private CatalogueCsv() {
    }

    /**
     * Reads every line or none: an error names the line and the field, or the two lines that contradict each other
     * ({@link HandsetCatalogue#NO_CONTRADICTION}).
     */
    public static List<CatalogueEntry> read(Reader csv) {
        List<CatalogueEntry> entries = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(csv)) {
            if (!parser.getHeaderNames().equals(List.of(HEADER))) {
                throw new InvalidInputException("catalogue line 1", "must be the header " + String.join(",", HEADER)
                        + ", was '" + String.join(",", parser.getHeaderNames()) + "'");
            }
            for (CSVRecord r : parser) {
                String line = "line " + (r.getRecordNumber() + 1);
                if (r.size() != HEADER.length) {
                    throw new InvalidInputException("catalogue " + line, "must have " + HEADER.length
                            + " fields (" + String.join(",", HEADER) + "), has " + r.size());
                }
                CatalogueEntry entry;
                try {
                    entry = new CatalogueEntry(number(r, "manic"), number(r, "modic_from"), number(r, "modic_to"),
                            r.get("vendor"), r.get("model"), bool(r.get("mitel")));
                } catch (InvalidInputException e) {
                    throw new InvalidInputException("catalogue " + line + " " + e.field(),
                            e.getMessage().substring(e.field().length() + 2));
                }
                HandsetCatalogue.contradiction(entry, entries).ifPresent(other -> {
                    throw new InvalidInputException("catalogue " + line, entry.describe() + " overlaps line "
                            + lines.get(entries.indexOf(other)) + " (" + other.describe() + "): "
                            + HandsetCatalogue.NO_CONTRADICTION);
                });
                entries.add(entry);
                lines.add(r.getRecordNumber() + 1);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("catalogue", "not readable as CSV: " + e.getMessage());
        }
        if (entries.isEmpty()) {
            // Without entries every identified handset would be third party: surely not what was meant.
            throw new InvalidInputException("catalogue", "has no entries (at least one line after the header)");
        }
        return entries;
    }

    private static int number(CSVRecord r, String field) {
        try {
            return Integer.parseInt(r.get(field));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number, was '" + r.get(field) + "'");
        }
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase()) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> throw new InvalidInputException("mitel", "must be true or false, was '" + value + "'");
        };
    }

    public static String write(List<CatalogueEntry> entries) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (CatalogueEntry e : entries) {
                printer.printRecord(e.manic(), e.modicFrom(), e.modicTo(), e.vendor(), e.model(), e.mitel());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
