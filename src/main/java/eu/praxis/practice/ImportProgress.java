package eu.praxis.practice;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How far a background import is: rows done out of {@code total} (0 while the file is being read),
 * and the report once it has finished.
 */
public record ImportProgress(
        UUID jobId,
        String fileName,
        int done,
        int total,
        @Nullable ImportReport report) {

    public boolean finished() {
        return report != null;
    }

    /** Between 0 and 1, for a progress bar. */
    public double fraction() {
        if (finished()) {
            return 1;
        }
        return total == 0 ? 0 : (double) done / total;
    }
}
