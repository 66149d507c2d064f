package eu.praxis.organisation;

import org.jspecify.annotations.Nullable;

/** An organisation as lists and pages show it. */
public record OrganisationSummary(
        long id,
        String name,
        OrganisationKind kind,
        String country,
        @Nullable String city,
        OrganisationStatus status) {

    public boolean active() {
        return status == OrganisationStatus.ACTIVE;
    }
}
