package eu.praxis.member;

import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.PersonAccounts;
import eu.praxis.security.PraxisUser;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account lookup behind login and API tokens. An invited person without a password is "not found", so
 * that login answers the same as for an unknown address.
 */
@Component
class MemberAccounts implements PersonAccounts {

    private final PersonRepository people;
    private final OrganisationService organisations;

    MemberAccounts(PersonRepository people, OrganisationService organisations) {
        this.people = people;
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return withPassword(people.findByEmail(Person.normaliseEmail(email)));
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByPersonId(long personId) {
        return withPassword(people.findById(personId));
    }

    private PraxisUser withPassword(Optional<Person> person) {
        return toUser(person.filter(p -> p.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No account with a password")));
    }

    PraxisUser toUser(Person person) {
        return new PraxisUser(person.getId(), person.getOrganisationId(), person.getEmail(), person.getName(),
                person.getRole(), person.getLanguage(), person.getPasswordHash(),
                person.getStatus() == PersonStatus.ACTIVE, organisations.isActive(person.getOrganisationId()));
    }
}
