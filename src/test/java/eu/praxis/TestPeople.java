package eu.praxis;

import eu.praxis.member.MemberService;
import eu.praxis.member.NewPerson;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Fresh people for tests that must not share state with other tests: each call creates an active account with a
 * unique address, through {@link MemberService} as the secretariat. A bean of the shared test context.
 */
public class TestPeople {

    public static final String PASSWORD = "test-password-1";

    private final MemberService members;
    private final OrganisationFixtures organisations;

    TestPeople(MemberService members, OrganisationFixtures organisations) {
        this.members = members;
        this.organisations = organisations;
    }

    /** A new active person of the organisation, created with the secretariat's rights. */
    public long person(long organisationId, Role role) {
        return account(organisationId, role).id();
    }

    /** Like {@link #person}, with the address to log in with ({@link #PASSWORD}). */
    public Account account(long organisationId, Role role) {
        return account(organisationId, role, Locale.ENGLISH);
    }

    /** Like {@link #account(long, Role)}, with the language of their messages and screens. */
    public Account account(long organisationId, Role role, Locale language) {
        var email = "p-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        return account(organisationId, role, language, email, "Person " + email, null);
    }

    /** A new active person with this (unique) address, name and position. */
    public Account account(
            long organisationId, Role role, Locale language, String email, String name, @Nullable String position) {
        var id = RunAs.person(
                0,
                Role.ADMIN,
                () -> members.registerActive(
                        new NewPerson(organisationId, email, name, position, role, language), PASSWORD));
        return new Account(id, email, organisationId, name);
    }

    /**
     * A new active person in a new organisation of their own: a research institute for a researcher, a city for
     * everyone else.
     */
    public Account account(Role role, Locale language) {
        var organisation = role == Role.RESEARCHER ? organisations.research() : organisations.city();
        return account(organisation, role, language);
    }

    public Account account(Role role) {
        return account(role, Locale.ENGLISH);
    }

    public long person(Role role) {
        return account(role).id();
    }

    /** A new active city ({@link OrganisationFixtures#city()}). */
    public long organisation() {
        return organisations.city();
    }

    public record Account(long id, String email, long organisationId, String name) {}
}
