package eu.praxis.member;

import org.jspecify.annotations.Nullable;

/** Filter of the people list; {@code null} means "any". */
public record PersonFilter(
        @Nullable Long organisationId,
        @Nullable PersonStatus status,
        @Nullable String text) {

    public static PersonFilter ofOrganisation(long organisationId) {
        return new PersonFilter(organisationId, PersonStatus.ACTIVE, null);
    }
}
