package eu.praxis.publication;

import eu.praxis.practice.ThemeItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A publication's page for the viewer. On the public page (without login) it names no project, theme or group: those
 * are the members' business.
 *
 * @param editions its other editions the viewer may read, in the order they were added
 * @param groups names of its working groups by id
 * @param mayAdminister the viewer edits it, its files and deletes it; {@code draft} is what the editor starts from
 */
public record PublicationDetails(
        long id,
        int version,
        PublicationType type,
        String title,
        String abstractText,
        String language,
        LocalDate publishedOn,
        List<String> authors,
        PublicationVisibility visibility,
        @Nullable Long projectId,
        @Nullable String projectAcronym,
        List<ThemeItem> themes,
        Map<Long, String> groups,
        List<PublicationFileItem> files,
        List<PublicationEdition> editions,
        boolean mayAdminister,
        PublicationDraft draft) {}
