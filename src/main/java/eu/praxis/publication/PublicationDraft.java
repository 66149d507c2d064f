package eu.praxis.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the secretariat enters for a publication; {@link PublicationAdministration} validates it.
 *
 * @param abstractText plain text
 * @param language ISO 639-1 code of the publication's language ("en", "fr")
 * @param publishedOn the date of publication as printed on it
 * @param authors people or organisations as credited, in order, free text
 * @param projectId the network's project it comes from, if any
 * @param themeIds themes of the practice library it is about
 * @param groupIds the working groups it comes from; with {@link PublicationVisibility#GROUPS}, the only ones whose
 *     members read it
 * @param editionOfId another publication this one is an edition of in another language; null: a work of its own
 */
public record PublicationDraft(
        PublicationType type,
        String title,
        String abstractText,
        String language,
        LocalDate publishedOn,
        List<String> authors,
        PublicationVisibility visibility,
        @Nullable Long projectId,
        Set<Long> themeIds,
        Set<Long> groupIds,
        @Nullable Long editionOfId) {}
