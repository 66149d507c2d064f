package eu.praxis.project;

import static eu.praxis.TestLogins.as;

import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Organisations and project drafts for the project tests, with unique names: tests share one database. */
final class ProjectFixtures {

    private ProjectFixtures() {}

    /** A new member city, registered by the secretariat. */
    static long city(OrganisationService organisations, String name, String country, String city) {
        return as(
                0,
                Role.ADMIN,
                () -> organisations.register(
                        name + " " + UUID.randomUUID().toString().substring(0, 6),
                        OrganisationKind.CITY,
                        country,
                        city,
                        LocalDate.of(2015, 1, 1)));
    }

    /** A unique acronym, as projects' acronyms are unique. */
    static String acronym(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    }

    static ProjectDraft draft(String acronym, ProjectStatus status, List<ProjectPartner> partners) {
        return new ProjectDraft(
                acronym,
                "Safer nights in European cities",
                "Erasmus+",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31),
                status,
                "Cities compare night mediation.",
                "A **toolkit** for night mediation.",
                "https://example.org/" + acronym,
                partners,
                Set.of(),
                Set.of());
    }

    static ProjectPartner lead(long organisationId) {
        return new ProjectPartner(organisationId, PartnerRole.LEAD);
    }

    static ProjectPartner partner(long organisationId) {
        return new ProjectPartner(organisationId, PartnerRole.PARTNER);
    }
}
