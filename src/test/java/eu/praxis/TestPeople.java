package eu.praxis;

import eu.praxis.member.MemberService;
import eu.praxis.member.NewPerson;
import eu.praxis.organisation.OrganisationFilter;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;

/**
 * Fresh people for tests that must not share state with the demo accounts or other tests: each
 * call creates an active account with a unique address. A bean of the shared test context.
 */
public class TestPeople {

    public static final String PASSWORD = "test-password-1";

    private final MemberService members;
    private final OrganisationService organisations;

    TestPeople(MemberService members, OrganisationService organisations) {
        this.members = members;
        this.organisations = organisations;
    }

    /** A new active person of the organisation, created with the secretariat's rights. */
    public long person(long organisationId, Role role) {
        return account(organisationId, role).id();
    }

    /** Like {@link #person}, with the address to log in with ({@link #PASSWORD}). */
    public Account account(long organisationId, Role role) {
        var email = "p-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var id = RunAs.person(
                0,
                Role.ADMIN,
                () -> members.registerActive(
                        new NewPerson(organisationId, email, "Person " + email, null, role, Locale.ENGLISH), PASSWORD));
        return new Account(id, email);
    }

    public record Account(long id, String email) {}

    /** The id of the demo organisation whose name contains the text. */
    public long organisation(String nameContains) {
        return RunAs.person(
                0,
                Role.ADMIN,
                () -> organisations
                        .find(new OrganisationFilter(null, null, null, nameContains), PageRequest.of(0, 1))
                        .getContent()
                        .getFirst()
                        .id());
    }
}
