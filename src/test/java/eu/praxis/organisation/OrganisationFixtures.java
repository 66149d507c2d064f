package eu.praxis.organisation;

import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Fresh member organisations for tests, each with a unique name, registered through {@link OrganisationService} as
 * the secretariat. A bean of the shared test context.
 */
public class OrganisationFixtures {

    private final OrganisationService organisations;

    public OrganisationFixtures(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** A new active city. */
    public long city() {
        return organisation(OrganisationKind.CITY);
    }

    /** A new active city in this country (ISO code) and town, named after the town and a unique suffix. */
    public long city(String country, String town) {
        return named("City of " + town + " " + unique(), OrganisationKind.CITY, country, town);
    }

    /** A new active research institute (researchers' organisation). */
    public long research() {
        return organisation(OrganisationKind.RESEARCH);
    }

    /** A new active organisation of this kind, named after it and a unique suffix. */
    public long organisation(OrganisationKind kind) {
        var suffix = unique();
        return named(
                kind.name().charAt(0) + kind.name().substring(1).toLowerCase() + " " + suffix, kind, "Town " + suffix);
    }

    /** A new active organisation with this name (which must be unique) and town, in Belgium. */
    public long named(String name, OrganisationKind kind, String town) {
        return named(name, kind, "BE", town);
    }

    /** A new active organisation with this name (which must be unique), in this country (ISO code) and town. */
    public long named(String name, OrganisationKind kind, String country, String town) {
        return RunAs.person(
                0, Role.ADMIN, () -> organisations.register(name, kind, country, town, LocalDate.of(2010, 1, 15)));
    }

    /** Suspends the organisation's membership (its people can no longer log in). */
    public void suspend(long organisationId) {
        RunAs.person(0, Role.ADMIN, () -> {
            organisations.suspend(organisationId);
            return null;
        });
    }

    public OrganisationSummary get(long organisationId) {
        return RunAs.person(0, Role.ADMIN, () -> organisations.get(organisationId));
    }

    /** Eight random characters, for unique names. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
