package org.dlc.web;

/**
 * Media types of a resource that answers both JSON and CSV on one path: JSON unless the client asks for CSV (a
 * client that accepts anything, or sends no Accept, gets JSON; the quality factors tell the runtime so).
 */
public final class CsvMedia {

    public static final String CSV = "text/csv";
    public static final String JSON_FIRST = "application/json;qs=1";
    public static final String CSV_ON_REQUEST = "text/csv;qs=0.5";

    private CsvMedia() {
    }
}
