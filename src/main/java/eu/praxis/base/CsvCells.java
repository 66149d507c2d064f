package eu.praxis.base;

/** Cells of the CSV exports, which people open in spreadsheets. */
public final class CsvCells {

    private CsvCells() {}

    /**
     * Texts typed by members: one starting like a formula is quoted, so that a spreadsheet never runs it (CSV
     * injection).
     */
    public static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
