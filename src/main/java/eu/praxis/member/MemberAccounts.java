package eu.praxis.member;

import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.PraxisUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account lookup behind login. An invited person without a password is "not found", so that
 * login answers the same as for an unknown address.
 */
@Component
class MemberAccounts implements UserDetailsService {

    private final PersonRepository people;
    private final OrganisationService organisations;

    MemberAccounts(PersonRepository people, OrganisationService organisations) {
        this.people = people;
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        var person = people.findByEmail(Person.normaliseEmail(email))
                .filter(p -> p.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No account with a password for this address"));
        return toUser(person);
    }

    PraxisUser toUser(Person person) {
        return new PraxisUser(person.getId(), person.getOrganisationId(), person.getEmail(), person.getName(),
                person.getRole(), person.getLanguage(), person.getPasswordHash(),
                person.getStatus() == PersonStatus.ACTIVE, organisations.isActive(person.getOrganisationId()));
    }
}
