package eu.praxis.member;

import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.PersonAccounts;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account lookup behind login and API tokens. An invited person without a password is "not found", so
 * that login answers the same as for an unknown address. Also gives background work (notifications) the
 * people as they would be logged in, to act on their behalf.
 */
@Component
public class MemberAccounts implements PersonAccounts {

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

    /**
     * The given people as they would be logged in (role, organisation, language, whether they may log in),
     * without password hashes; unknown ids are left out. For acting on someone's behalf in the background,
     * e.g. asking the services what a notification's recipient may see. The secretariat's (the system's) only.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public Map<Long, PraxisUser> accountsOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return people.findByIdIn(personIds).stream().map(this::toUser).peek(PraxisUser::eraseCredentials)
                .collect(Collectors.toMap(PraxisUser::personId, Function.identity()));
    }

    PraxisUser toUser(Person person) {
        return new PraxisUser(person.getId(), person.getOrganisationId(), person.getEmail(), person.getName(),
                person.getRole(), person.getLanguage(), person.getPasswordHash(),
                person.getStatus() == PersonStatus.ACTIVE, organisations.isActive(person.getOrganisationId()));
    }
}
