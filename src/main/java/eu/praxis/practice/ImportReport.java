package eu.praxis.practice;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a bulk import did: the rows it created, updated or left unchanged, and the rows it refused
 * with the reason, as message keys and arguments so that the view translates them. A file that
 * could not be read at all has a {@code fileError} and no rows.
 *
 * @param rows the number of data rows in the file
 */
public record ImportReport(
        int rows,
        List<Row> imported,
        List<Refusal> refused,
        @Nullable Refusal fileError) {

    /** The field named in a file-level refusal. */
    public static final String FILE = "file";

    public enum Outcome {
        CREATED,
        UPDATED,
        /** Same content as the practice already imported under this external id: nothing was written. */
        UNCHANGED
    }

    /** An imported row; {@code row} is the 1-based number of the data row (header and wrapper not counted). */
    public record Row(int row, String externalId, long practiceId, Outcome outcome) {}

    /**
     * Why a row, or the whole file ({@code row} 0, field {@link #FILE}), was refused. {@code field} is
     * the name of the field in the import format.
     */
    public record Refusal(
            int row, @Nullable String externalId, String field, String messageKey, List<Object> arguments) {

        public Refusal {
            arguments = List.copyOf(arguments);
        }
    }

    public ImportReport {
        imported = List.copyOf(imported);
        refused = List.copyOf(refused);
    }

    static ImportReport ofFileError(String messageKey, Object... arguments) {
        return new ImportReport(0, List.of(), List.of(), new Refusal(0, null, FILE, messageKey, List.of(arguments)));
    }

    public long count(Outcome outcome) {
        return imported.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** The number of rows refused (a row refused for several reasons counts once). */
    public long refusedRows() {
        return refused.stream().mapToInt(Refusal::row).distinct().count();
    }
}
