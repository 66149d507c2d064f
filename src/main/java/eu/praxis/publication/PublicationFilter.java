package eu.praxis.publication;

import org.jspecify.annotations.Nullable;

/** The library's filters; nulls mean "any". */
public record PublicationFilter(
        @Nullable PublicationType type,
        @Nullable String language,
        @Nullable Long themeId) {

    public static PublicationFilter any() {
        return new PublicationFilter(null, null, null);
    }
}
