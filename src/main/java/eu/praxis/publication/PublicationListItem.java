package eu.praxis.publication;

import java.time.LocalDate;
import java.util.List;

/**
 * A publication as the library lists it.
 *
 * @param language ISO 639-1 code
 * @param otherLanguages the languages of its other editions the viewer may read
 */
public record PublicationListItem(
        long id,
        PublicationType type,
        String title,
        String language,
        LocalDate publishedOn,
        List<String> authors,
        PublicationVisibility visibility,
        List<String> otherLanguages) {}
