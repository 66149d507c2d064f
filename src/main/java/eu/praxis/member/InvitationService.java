package eu.praxis.member;

import eu.praxis.base.Mailer;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: the secretariat invites a person into an active organisation; the person follows a
 * one-time, expiring link and sets a password, which activates the account.
 */
@Service
@PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
@Transactional(readOnly = true)
public class InvitationService {

    private final PersonRepository people;
    private final Accounts accounts;
    private final OneTimeLinks links;
    private final OrganisationService organisations;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final MemberAudit audit;
    private final Clock clock;
    private final Duration validity;

    InvitationService(
            PersonRepository people,
            Accounts accounts,
            OneTimeLinks links,
            OrganisationService organisations,
            PasswordEncoder passwords,
            Mailer mailer,
            MemberAudit audit,
            Clock clock,
            MemberProperties properties) {
        this.audit = audit;
        this.people = people;
        this.accounts = accounts;
        this.links = links;
        this.organisations = organisations;
        this.passwords = passwords;
        this.mailer = mailer;
        this.clock = clock;
        this.validity = properties.invitation().validity();
    }

    /** Creates the invited account and mails the link. */
    @Transactional
    public long invite(NewPerson invitee) {
        var person = accounts.create(invitee);
        sendInvitation(person);
        audit.record("person.invite", MemberAudit.PERSON, person.getId(), null);
        return person.getId();
    }

    /** Sends a fresh link to someone who has not yet accepted; older links stop working. */
    @Transactional
    public void resend(long personId) {
        var person = people.findById(personId).orElseThrow(NotFoundException::new);
        if (person.getStatus() != PersonStatus.INVITED) {
            throw new UserFacingException("invitation.error.not-invited");
        }
        sendInvitation(person);
        audit.record("person.invite-again", MemberAudit.PERSON, personId, null);
    }

    /** What the invitation page shows before the password is set; empty if the link is unknown, used or expired. */
    @PreAuthorize("permitAll()")
    public Optional<InvitationDetails> find(String token) {
        return links.findUsable(token, LinkPurpose.INVITATION)
                .flatMap(i -> people.findById(i.getPersonId()))
                .filter(p -> p.getStatus() == PersonStatus.INVITED)
                .map(p -> new InvitationDetails(
                        p.getName(), p.getEmail(), organisations.isActive(p.getOrganisationId())));
    }

    /** Sets the password and activates the account; the link cannot be used again. */
    @Transactional
    @PreAuthorize("permitAll()")
    public String accept(String token, String password) {
        var now = clock.instant();
        var invitation = links.findUsable(token, LinkPurpose.INVITATION)
                .orElseThrow(() -> new UserFacingException("invitation.error.invalid"));
        var person = people.findById(invitation.getPersonId())
                .filter(p -> p.getStatus() == PersonStatus.INVITED)
                .orElseThrow(() -> new UserFacingException("invitation.error.invalid"));
        PasswordRules.check(password, person.getEmail());
        invitation.use(now);
        person.activate(passwords.encode(password), now);
        return person.getEmail();
    }

    private void sendInvitation(Person person) {
        var inviter = CurrentUser.get().map(u -> u.personId()).orElse(null);
        var token = links.issue(person.getId(), LinkPurpose.INVITATION, validity, inviter);
        var organisation = organisations.get(person.getOrganisationId());
        mailer.send(
                person.getEmail(),
                person.getLanguage(),
                "mail.invitation.subject",
                "mail.invitation.body",
                Map.of(
                        "name", person.getName(),
                        "organisation", organisation.name(),
                        "link", links.url("invitation", token),
                        "days", Long.toString(validity.toDays())));
    }
}
