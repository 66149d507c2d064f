package eu.praxis.publication;

import eu.praxis.base.files.TestFiles;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Publication drafts and real PDFs with a line of text, for the publication tests. */
public final class PublicationFixtures {

    private PublicationFixtures() {}

    /** A guidebook by two authors, with no project, theme or edition. */
    public static PublicationDraft draft(
            String title, String language, PublicationVisibility visibility, Set<Long> groupIds) {
        return edition(title, language, visibility, groupIds, null);
    }

    /** The same, as an edition of another publication (or of none). */
    public static PublicationDraft edition(
            String title,
            String language,
            PublicationVisibility visibility,
            Set<Long> groupIds,
            @Nullable Long editionOfId) {
        return new PublicationDraft(
                PublicationType.GUIDEBOOK,
                title,
                "How cities keep their night-time economy safe.",
                language,
                LocalDate.of(2024, 5, 14),
                List.of("City of Liège", "  Ana Souza "),
                visibility,
                null,
                Set.of(),
                groupIds,
                editionOfId);
    }

    /** A one-page PDF whose text is the line given, which the upload check takes and Tika reads. */
    public static byte[] pdf(String line) {
        return TestFiles.pdf(line);
    }
}
