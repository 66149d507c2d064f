package eu.praxis.organisation;

import org.jspecify.annotations.Nullable;

/** Filter of the organisations directory; {@code null} means "any". */
public record OrganisationFilter(
        @Nullable String country,
        @Nullable OrganisationKind kind,
        @Nullable OrganisationStatus status,
        @Nullable String nameContains) {

    public static OrganisationFilter any() {
        return new OrganisationFilter(null, null, null, null);
    }
}
