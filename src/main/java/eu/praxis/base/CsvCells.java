package eu.praxis.base;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/** Cells of the CSV exports, which people open in spreadsheets, and the one frame every export is written in. */
public final class CsvCells {

    /** Prints an export's records; may fail as writing does. */
    @FunctionalInterface
    public interface Records {
        void printTo(CSVPrinter csv) throws IOException;
    }

    private CsvCells() {}

    /**
     * Texts typed by members: one starting like a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab,
     * return) gets a leading apostrophe, as OWASP advises, so that a spreadsheet never runs it (CSV injection).
     * Null is an empty cell.
     */
    public static String safe(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Writes an export as UTF-8 CSV to {@code out}: the header row, then the records; flushed, left open. */
    public static void write(OutputStream out, List<String> header, Records records) {
        write(new OutputStreamWriter(out, StandardCharsets.UTF_8), header, records);
    }

    /** {@link #write(OutputStream, List, Records)} to a writer. */
    public static void write(Writer out, List<String> header, Records records) {
        try {
            var csv = CSVFormat.DEFAULT
                    .builder()
                    .setHeader(header.toArray(String[]::new))
                    .get()
                    .print(out);
            records.printTo(csv);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
