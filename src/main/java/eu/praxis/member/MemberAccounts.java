package eu.praxis.member;

import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.PersonAccounts;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import eu.praxis.security.Viewer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account lookup behind login and API tokens. An invited person without a password is "not found", so
 * that login answers the same as for an unknown address. Also gives background work (notifications) the
 * people who may log in, as viewers (to decide what each may see) and as the recipients of mails.
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
     * The person as they would be logged in (role, organisation, language), without password hash, if they may log
     * in (active, in an active organisation). For mails of background work, which go to people who may log in.
     */
    @Transactional(readOnly = true)
    public Optional<PraxisUser> activeAccount(long personId) {
        return people.findById(personId)
                .map(this::toUser)
                .filter(u -> u.isEnabled() && u.isAccountNonLocked())
                .map(u -> {
                    u.eraseCredentials();
                    return u;
                });
    }

    /**
     * The person as a mail recipient if their account is active (whatever their organisation's state), for mails of
     * background work about something they did or asked for (a report resolved, an event registration).
     */
    @Transactional(readOnly = true)
    public Optional<MailRecipient> activeRecipient(long personId) {
        return people.findById(personId)
                .filter(p -> p.getStatus() == PersonStatus.ACTIVE)
                .map(p -> new MailRecipient(personId, p.getName(), p.getEmail(), p.getLanguage()));
    }

    /** {@link #activeRecipient} for many people at once (one query), for mails to many (the newsletter). */
    @Transactional(readOnly = true)
    public Map<Long, MailRecipient> activeRecipients(Collection<Long> personIds) {
        return personIds.isEmpty()
                ? Map.of()
                : people.findByIdIn(personIds).stream()
                        .filter(p -> p.getStatus() == PersonStatus.ACTIVE)
                        .map(p -> new MailRecipient(
                                Objects.requireNonNull(p.getId()), p.getName(), p.getEmail(), p.getLanguage()))
                        .collect(Collectors.toMap(MailRecipient::id, Function.identity()));
    }

    /** The names of the given people by id (unknown ids left out); for mails that name who did something. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> personIds) {
        return personIds.isEmpty()
                ? Map.of()
                : people.findByIdIn(personIds).stream()
                        .collect(Collectors.toMap(p -> Objects.requireNonNull(p.getId()), Person::getName));
    }

    /**
     * The given people who may log in (active, in an active organisation) as viewers; the others and unknown ids
     * are left out. For background work that decides what each of many people may see without acting as them
     * (notifications): one query for the people, one for their organisations.
     */
    @Transactional(readOnly = true)
    public Map<Long, Viewer> viewersOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        var found = people.findByIdIn(personIds).stream()
                .filter(p -> p.getStatus() == PersonStatus.ACTIVE)
                .toList();
        var activeOrganisations = organisations.activeAmong(
                found.stream().map(Person::getOrganisationId).collect(Collectors.toSet()));
        return found.stream()
                .filter(p -> activeOrganisations.contains(p.getOrganisationId()))
                .map(p -> Viewer.of(Objects.requireNonNull(p.getId()), p.getOrganisationId(), p.getRole()))
                .collect(Collectors.toMap(Viewer::personId, Function.identity()));
    }

    /**
     * The ids of the people with the role whose accounts are active, for what is told to all of them (a call to the
     * whole network); whether their organisations are active is asked with {@link #viewersOf}.
     */
    @Transactional(readOnly = true)
    public List<Long> activeWithRole(Role role) {
        return people.findActiveIdsByRole(role);
    }

    PraxisUser toUser(Person person) {
        return new PraxisUser(
                person.getId(),
                person.getOrganisationId(),
                person.getEmail(),
                person.getName(),
                person.getRole(),
                person.getLanguage(),
                person.getPasswordHash(),
                person.getStatus() == PersonStatus.ACTIVE,
                organisations.isActive(person.getOrganisationId()));
    }
}
