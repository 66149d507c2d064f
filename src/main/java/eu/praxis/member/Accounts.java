package eu.praxis.member;

import eu.praxis.base.UserFacingException;
import eu.praxis.organisation.OrganisationService;
import java.time.Clock;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Creates accounts after the checks every way of creating one shares. Callers hold the transaction and the rights. */
@Component
class Accounts {

    /** Deliberately loose: the real check is that mail to the address arrives. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final PersonRepository people;
    private final OrganisationService organisations;
    private final Clock clock;

    Accounts(PersonRepository people, OrganisationService organisations, Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.clock = clock;
    }

    Person create(NewPerson newPerson) {
        var email = Person.normaliseEmail(newPerson.email());
        requireValidEmail(email);
        var name = newPerson.name().trim();
        if (name.isEmpty() || name.length() > Person.NAME_MAX) {
            throw new UserFacingException("member.error.name", Person.NAME_MAX);
        }
        var position = newPerson.position() == null || newPerson.position().isBlank()
                ? null
                : newPerson.position().trim();
        if (position != null && position.length() > Person.POSITION_MAX) {
            throw new UserFacingException("member.error.position", Person.POSITION_MAX);
        }
        if (!organisations.isActive(newPerson.organisationId())) {
            throw new UserFacingException("invitation.error.organisation-inactive");
        }
        if (people.existsByEmail(email)) {
            throw new UserFacingException("invitation.error.email-taken", email);
        }
        return people.save(new Person(
                email,
                name,
                position,
                newPerson.organisationId(),
                newPerson.role(),
                newPerson.language(),
                clock.instant()));
    }

    static void requireValidEmail(String email) {
        if (email.length() > Person.EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            throw new UserFacingException("member.error.email");
        }
    }
}
