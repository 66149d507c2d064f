package eu.praxis.member;

import eu.praxis.base.Languages;
import eu.praxis.base.Mailer;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.organisation.Countries;
import eu.praxis.organisation.Organisation;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import eu.praxis.security.Throttle;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Membership applications. Any visitor may apply; the secretariat approves (the organisation
 * becomes an active member and its contact person is invited) or rejects with a reason that is
 * mailed to the contact.
 */
@Service
@PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
@Transactional(readOnly = true)
public class MembershipApplicationService {

    public static final int REASON_MAX = 2000;

    private final MembershipApplicationRepository applications;
    private final OrganisationService organisations;
    private final InvitationService invitations;
    private final PersonRepository people;
    private final Mailer mailer;
    private final MemberAudit audit;
    private final Clock clock;
    private final Throttle submissions;

    MembershipApplicationService(
            MembershipApplicationRepository applications,
            OrganisationService organisations,
            InvitationService invitations,
            PersonRepository people,
            Mailer mailer,
            MemberAudit audit,
            Clock clock,
            MemberProperties properties) {
        this.audit = audit;
        var throttle = properties.application();
        this.submissions = new Throttle(throttle.maxPerClient(), throttle.window(), throttle.window(), clock);
        this.applications = applications;
        this.organisations = organisations;
        this.invitations = invitations;
        this.people = people;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * Records an application from the public form. A client address submits at most
     * {@code praxis.application.max-per-client} within {@code praxis.application.window} (the login's throttling
     * design, DD004). An address that already has a pending application gets the same answer as a new one, and
     * nothing is stored twice, so that the form does not tell who has applied.
     *
     * @return the id of the pending application of this contact address
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public long submit(ApplicationForm form, String clientAddress) {
        submissions.forgetOld();
        if (submissions.blockedUntil(clientAddress) != null) {
            throw new UserFacingException("application.error.throttled");
        }
        if (form.organisationName().isBlank() || form.organisationName().trim().length() > Organisation.NAME_MAX) {
            throw new UserFacingException("application.error.organisation-name");
        }
        if (tooLong(form.city(), Organisation.CITY_MAX)
                || tooLong(form.website(), ApplicationForm.WEBSITE_MAX)
                || tooLong(form.contactPosition(), Person.POSITION_MAX)) {
            throw new UserFacingException("application.error.too-long");
        }
        if (!Countries.isValid(form.country())) {
            throw new UserFacingException("organisation.error.country");
        }
        if (form.motivation().isBlank() || form.motivation().length() > ApplicationForm.MOTIVATION_MAX) {
            throw new UserFacingException("application.error.motivation", ApplicationForm.MOTIVATION_MAX);
        }
        if (form.contactName().isBlank() || form.contactName().trim().length() > Person.NAME_MAX) {
            throw new UserFacingException("member.error.name", Person.NAME_MAX);
        }
        var email = Person.normaliseEmail(form.contactEmail());
        Accounts.requireValidEmail(email);
        submissions.record(clientAddress);
        var pending = applications.findFirstByStatusAndContactEmail(ApplicationStatus.PENDING, email);
        if (pending.isPresent()) {
            return pending.get().getId();
        }
        var language = Languages.fromTag(form.contactLanguage()).getLanguage();
        var normalised = new ApplicationForm(
                form.organisationName(),
                form.kind(),
                form.country(),
                form.city(),
                form.website(),
                form.motivation(),
                form.contactName(),
                email,
                form.contactPosition(),
                language);
        return applications
                .save(new MembershipApplication(normalised, clock.instant()))
                .getId();
    }

    private static boolean tooLong(@Nullable String text, int max) {
        return text != null && text.trim().length() > max;
    }

    public Slice<ApplicationDetails> pending(Pageable page) {
        return applications
                .findByStatusOrderBySubmittedAtAsc(ApplicationStatus.PENDING, page)
                .map(MembershipApplication::toDetails);
    }

    public Slice<ApplicationDetails> decided(Pageable page) {
        return applications
                .findByStatusNotOrderByDecidedAtDesc(ApplicationStatus.PENDING, page)
                .map(MembershipApplication::toDetails);
    }

    /** Approves: creates the active organisation and invites the contact person, in one transaction. */
    @Transactional
    public long approve(long applicationId) {
        var application = applications.findById(applicationId).orElseThrow(NotFoundException::new);
        if (people.existsByEmail(application.getContactEmail())) {
            throw new UserFacingException("invitation.error.email-taken", application.getContactEmail());
        }
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var organisationId = organisations.register(
                application.getOrganisationName(),
                application.getKind(),
                application.getCountry(),
                application.getCity(),
                today);
        application.approve(organisationId, CurrentUser.require().personId(), clock.instant());
        audit.record("application.approve", MemberAudit.APPLICATION, applicationId, null);
        invitations.invite(new NewPerson(
                organisationId,
                application.getContactEmail(),
                application.getContactName(),
                application.getContactPosition(),
                Role.MEMBER,
                Languages.fromTag(application.getContactLanguage())));
        return organisationId;
    }

    @Transactional
    public void reject(long applicationId, String reason) {
        var trimmed = reason.trim();
        if (trimmed.isEmpty() || trimmed.length() > REASON_MAX) {
            throw new UserFacingException("application.error.reason", REASON_MAX);
        }
        var application = applications.findById(applicationId).orElseThrow(NotFoundException::new);
        application.reject(trimmed, CurrentUser.require().personId(), clock.instant());
        audit.record("application.reject", MemberAudit.APPLICATION, applicationId, trimmed);
        mailer.send(
                application.getContactEmail(),
                Languages.fromTag(application.getContactLanguage()),
                "mail.application-rejected.subject",
                "mail.application-rejected.body",
                Map.of(
                        "name",
                        application.getContactName(),
                        "organisation",
                        application.getOrganisationName(),
                        "reason",
                        trimmed));
    }
}
