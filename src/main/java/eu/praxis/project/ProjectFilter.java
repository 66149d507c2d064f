package eu.praxis.project;

import org.jspecify.annotations.Nullable;

/**
 * The directory's filters; nulls mean "any".
 *
 * @param country an ISO 3166 code: projects with a partner there
 */
public record ProjectFilter(
        @Nullable ProjectStatus status,
        @Nullable Long themeId,
        @Nullable String programme,
        @Nullable String country) {

    public static ProjectFilter any() {
        return new ProjectFilter(null, null, null, null);
    }
}
