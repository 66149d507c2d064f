package eu.praxis.member;

import eu.praxis.base.Languages;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.organisation.OrganisationSummary;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import eu.praxis.security.Sessions;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Profiles and the people directory; disabling accounts is for the secretariat. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MemberService {

    private final PersonRepository people;
    private final OrganisationService organisations;
    private final PasswordEncoder passwords;
    private final Sessions sessions;
    private final ApplicationEventPublisher events;
    private final Accounts accounts;
    private final MemberPolicy policy;
    private final MemberAudit audit;
    private final Clock clock;

    MemberService(
            PersonRepository people,
            OrganisationService organisations,
            PasswordEncoder passwords,
            Sessions sessions,
            ApplicationEventPublisher events,
            Accounts accounts,
            MemberPolicy policy,
            MemberAudit audit,
            Clock clock) {
        this.policy = policy;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
        this.people = people;
        this.organisations = organisations;
        this.passwords = passwords;
        this.sessions = sessions;
        this.events = events;
    }

    /** People by filter; invited and disabled accounts only for those the policy allows. */
    public Slice<PersonSummary> find(PersonFilter filter, Pageable page) {
        var status = policy.maySeeAccountsOfAnyStatus(CurrentUser.require()) ? filter.status() : PersonStatus.ACTIVE;
        var text = filter.text() == null || filter.text().isBlank()
                ? null
                : "%" + filter.text().trim().toLowerCase(Locale.ROOT) + "%";
        var slice = people.findFiltered(filter.organisationId(), status, text, page);
        var organisationsById =
                organisations.summaries(slice.map(Person::getOrganisationId).toList());
        return slice.map(p -> toSummary(p, organisationsById));
    }

    /** Summaries of the given people, in no particular order; for features that refer to people by id. */
    public Map<Long, PersonSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var found = people.findByIdIn(ids);
        var organisationsById = organisations.summaries(
                found.stream().map(Person::getOrganisationId).toList());
        return found.stream()
                .map(p -> toSummary(p, organisationsById))
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    public PersonProfile profile(long personId) {
        var viewer = CurrentUser.require();
        var person =
                people.findById(personId).filter(p -> policy.maySee(viewer, p)).orElseThrow(NotFoundException::new);
        var organisation = organisations.get(person.getOrganisationId());
        return new PersonProfile(
                personId,
                person.getName(),
                person.getPosition(),
                person.getEmail(),
                organisation.id(),
                organisation.name(),
                person.getLanguage(),
                person.getStatus(),
                viewer.personId() == personId);
    }

    public PersonProfile myProfile() {
        return profile(CurrentUser.require().personId());
    }

    @Transactional
    public void updateMyProfile(ProfileChange change) {
        var name = change.name().trim();
        if (name.isEmpty() || name.length() > Person.NAME_MAX) {
            throw new UserFacingException("member.error.name", Person.NAME_MAX);
        }
        var position = change.position() == null || change.position().isBlank()
                ? null
                : change.position().trim();
        if (position != null && position.length() > Person.POSITION_MAX) {
            throw new UserFacingException("member.error.position", Person.POSITION_MAX);
        }
        me().updateProfile(name, position, Languages.closest(change.language()));
    }

    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        var me = me();
        if (!passwords.matches(currentPassword, me.getPasswordHash())) {
            throw new UserFacingException("member.error.current-password");
        }
        PasswordRules.check(newPassword, me.getEmail());
        me.changePassword(passwords.encode(newPassword));
    }

    /**
     * Registers an active account with an initial password: for migrating the network's existing
     * member directory, and for demo data. Everyone else is invited.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public long registerActive(NewPerson newPerson, String initialPassword) {
        PasswordRules.check(initialPassword, newPerson.email());
        var person = accounts.create(newPerson);
        person.activate(passwords.encode(initialPassword), clock.instant());
        return person.getId();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void disable(long personId) {
        if (personId == CurrentUser.require().personId()) {
            throw new UserFacingException("member.error.disable-self");
        }
        people.findById(personId).orElseThrow(NotFoundException::new).disable();
        sessions.endAllOf(personId);
        events.publishEvent(new PersonDisabled(personId));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
    public void enable(long personId) {
        people.findById(personId).orElseThrow(NotFoundException::new).enable();
        audit.record("person.enable", MemberAudit.PERSON, personId, null);
    }

    /** The ids of the active people of an organisation, e.g. for its page. */
    public List<Long> activePeopleOf(long organisationId) {
        return people.findByOrganisationId(organisationId).stream()
                .filter(p -> p.getStatus() == PersonStatus.ACTIVE)
                .map(Person::getId)
                .toList();
    }

    private Person me() {
        return people.findById(CurrentUser.require().personId()).orElseThrow(NotFoundException::new);
    }

    static PersonSummary toSummary(Person p, Map<Long, OrganisationSummary> organisationsById) {
        var organisation = organisationsById.get(p.getOrganisationId());
        return new PersonSummary(
                p.getId(),
                p.getName(),
                p.getPosition(),
                p.getEmail(),
                p.getOrganisationId(),
                organisation == null ? "" : organisation.name(),
                p.getRole(),
                p.getStatus(),
                p.getActivatedAt(),
                p.getLanguage());
    }
}
