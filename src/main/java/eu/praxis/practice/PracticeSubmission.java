package eu.praxis.practice;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A practice in review (DD031), as the review queue and the author's list show it: {@code status} SUBMITTED (waiting
 * since {@code submittedAt}) or DRAFT with the reviewer's {@code reviewComment} (changes requested). {@code groups}
 * names the groups it is shared in.
 */
public record PracticeSubmission(
        long id,
        PracticeType type,
        PracticeStatus status,
        String title,
        String slug,
        String organisationName,
        List<String> groups,
        boolean wholeNetwork,
        @Nullable Instant submittedAt,
        @Nullable String reviewComment) {

    public String permalink() {
        return PracticePaths.practice(id, slug);
    }

    public boolean changesRequested() {
        return status == PracticeStatus.DRAFT && reviewComment != null;
    }
}
