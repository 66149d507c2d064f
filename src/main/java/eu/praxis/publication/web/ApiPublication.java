package eu.praxis.publication.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A publication as {@code /api/v1/publications} returns it. {@code language}: ISO 639-1; {@code editions}: its other
 * languages the token's owner may read; {@code abstractText}, {@code themes} and {@code files} only for one publication
 * ({@code /api/v1/publications/{id}}).
 */
public record ApiPublication(
        long id,
        String type,
        String title,
        String url,
        String language,
        LocalDate publishedOn,
        List<String> authors,
        String visibility,
        List<Edition> editions,
        @Nullable String abstractText,
        @Nullable String projectAcronym,
        @Nullable List<Theme> themes,
        @Nullable List<File> files) {

    /** Another language of the same work. */
    public record Edition(
            @Nullable Long id, String language, @Nullable String url) {}

    /** A theme; its id is what the search's {@code theme} parameter takes. */
    public record Theme(long id, String code, String name) {}

    /** A file; {@code url} downloads it (with the session or, for a public publication, without login). */
    public record File(String fileName, String mediaType, long size, String url) {}
}
