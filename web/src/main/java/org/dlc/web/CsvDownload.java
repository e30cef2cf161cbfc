package org.dlc.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Streams a CSV file as the response of a (non-Ajax) Faces action. */
public final class CsvDownload {

    public interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private CsvDownload() {
    }

    /** Replaces the page's response with a CSV attachment; @return its body */
    private static java.io.OutputStream startDownload(FacesContext context, String fileName) throws IOException {
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        return external.getResponseOutputStream();
    }

    public static void send(String fileName, String[] header, Rows rows) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            Writer out = new OutputStreamWriter(startDownload(context, fileName), StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get());
            rows.print(printer);
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /** Sends text that is already CSV. */
    public static void sendText(String fileName, String csv) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            startDownload(context, fileName).write(csv.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
