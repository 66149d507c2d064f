package eu.praxis.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.TestPeople;
import eu.praxis.WithNewPerson;
import eu.praxis.base.UserFacingException;
import eu.praxis.organisation.OrganisationFilter;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.organisation.OrganisationStatus;
import eu.praxis.organisation.OrganisationSummary;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * Invitations, applications and account states, end to end through the services with real mail
 * delivery. These tests commit (no rollback) and so use addresses of their own.
 */
@IntegrationTest
class AccountsTest {

    private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]+)");

    @Autowired
    InvitationService invitations;

    @Autowired
    MembershipApplicationService applications;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    GreenMail mail;

    @Autowired
    TestClock clock;

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    TestPeople people;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @WithNewPerson(Role.ADMIN)
    void an_invitation_link_sets_the_password_once_and_the_person_can_log_in() throws Exception {
        var email = unique("invitee");
        invitations.invite(new NewPerson(fixtures.city(), email, "Ieva Ozola", "Analyst", Role.MEMBER, Locale.FRENCH));

        var message = lastMailTo(email);
        assertThat(message.getSubject()).isEqualTo("Votre invitation à Praxis");
        var token = tokenIn(message);
        assertThat(invitations.find(token))
                .hasValueSatisfying(i -> assertThat(i.email()).isEqualTo(email));

        invitations.accept(token, "a-long-enough-password");

        assertThat(login(email, "a-long-enough-password").isAuthenticated()).isTrue();
        assertThat(invitations.find(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, "another-long-password"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invitation.error.invalid"));
    }

    @Test
    @WithNewPerson(Role.ADMIN)
    void an_invitation_link_expires_after_its_validity() throws Exception {
        var email = unique("late");
        invitations.invite(new NewPerson(fixtures.city(), email, "Late Person", null, Role.MEMBER, Locale.ENGLISH));
        var token = tokenIn(lastMailTo(email));

        clock.advance(Duration.ofDays(7).plusMinutes(1));

        assertThat(invitations.find(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, "a-long-enough-password"))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    @WithNewPerson(Role.ADMIN)
    void a_resent_invitation_replaces_the_old_link() throws Exception {
        var email = unique("resent");
        var personId = invitations.invite(
                new NewPerson(fixtures.city(), email, "Resent Person", null, Role.MEMBER, Locale.ENGLISH));
        var first = tokenIn(lastMailTo(email));
        invitations.resend(personId);
        var second = tokenIn(lastMailTo(email));

        assertThat(invitations.find(first)).isEmpty();
        assertThat(invitations.find(second)).isPresent();
    }

    @Test
    @WithNewPerson(Role.ADMIN)
    void a_short_password_is_refused_and_the_link_stays_usable() throws Exception {
        var email = unique("short");
        invitations.invite(new NewPerson(fixtures.city(), email, "Short Password", null, Role.MEMBER, Locale.ENGLISH));
        var token = tokenIn(lastMailTo(email));

        assertThatThrownBy(() -> invitations.accept(token, "short"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("member.error.password-short"));
        assertThat(invitations.find(token)).isPresent();
    }

    @Test
    @WithNewPerson(Role.ADMIN)
    void nobody_is_invited_twice_nor_into_a_suspended_organisation() {
        var existing = people.account(Role.MEMBER).email();
        var suspended = fixtures.city();
        fixtures.suspend(suspended);
        assertThatThrownBy(() -> invitations.invite(
                        new NewPerson(fixtures.city(), existing, "Twice", null, Role.MEMBER, Locale.ENGLISH)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invitation.error.email-taken"));
        assertThatThrownBy(() -> invitations.invite(new NewPerson(
                        suspended, unique("esbjerg"), "Suspended Org", null, Role.MEMBER, Locale.ENGLISH)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invitation.error.organisation-inactive"));
    }

    @Test
    @WithNewPerson
    void a_member_cannot_invite_approve_disable_or_suspend() {
        var riga = fixtures.city();
        assertThatThrownBy(() ->
                        invitations.invite(new NewPerson(riga, unique("x"), "X", null, Role.ADMIN, Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.approve(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.pending(PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.disable(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.suspend(riga)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.registerActive(
                        new NewPerson(riga, unique("y"), "Y", null, Role.ADMIN, Locale.ENGLISH), "password-password"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithNewPerson
    void members_see_active_organisations_only_even_when_they_ask_for_suspended_ones() {
        var suspendedId = fixtures.city();
        fixtures.suspend(suspendedId);
        var suspendedName = fixtures.get(suspendedId).name();
        var suspended = new OrganisationFilter(null, null, OrganisationStatus.SUSPENDED, null);
        assertThat(organisations.find(suspended, PageRequest.of(0, 100)))
                .isNotEmpty()
                .allMatch(OrganisationSummary::active)
                .noneMatch(o -> o.name().equals(suspendedName));
    }

    @Test
    @WithAnonymousUser
    void a_visitor_may_apply_but_not_read_the_directory() {
        assertThat(applications.submit(application(unique("applicant"), "Town of Visitor"), client()))
                .isPositive();
        assertThatThrownBy(() -> members.find(new PersonFilter(null, null, null), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.find(OrganisationFilter.any(), PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithNewPerson(Role.ADMIN)
    void approving_an_application_activates_the_organisation_and_invites_its_contact() throws Exception {
        var contact = unique("contact");
        var applicationId =
                applications.submit(application(contact, "City of Approval " + contact.hashCode()), client());

        var organisationId = applications.approve(applicationId);

        assertThat(organisations.get(organisationId).active()).isTrue();
        var token = tokenIn(lastMailTo(contact));
        invitations.accept(token, "contact-password-1");
        assertThat(login(contact, "contact-password-1").isAuthenticated()).isTrue();
        assertThat(applications.decided(PageRequest.of(0, 50))).anySatisfy(a -> {
            assertThat(a.id()).isEqualTo(applicationId);
            assertThat(a.organisationId()).isEqualTo(organisationId);
        });
        assertThatThrownBy(() -> applications.approve(applicationId)).isInstanceOf(UserFacingException.class);
    }

    @Test
    @WithNewPerson(Role.ADMIN)
    void rejecting_needs_a_reason_which_is_mailed_to_the_contact() throws Exception {
        var contact = unique("rejected");
        var applicationId =
                applications.submit(application(contact, "Town of Rejection " + contact.hashCode()), client());

        assertThatThrownBy(() -> applications.reject(applicationId, "  "))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("application.error.reason"));
        applications.reject(applicationId, "Only local and regional authorities of Europe may join.");

        assertThat((String) lastMailTo(contact).getContent()).contains("Only local and regional authorities");
        assertThat(applications.pending(PageRequest.of(0, 100))).noneMatch(a -> a.id() == applicationId);
    }

    @Test
    @WithNewPerson(Role.ADMIN)
    void people_of_a_suspended_organisation_and_disabled_people_cannot_log_in() {
        var riga = fixtures.city();
        var email = unique("suspended");
        var personId = members.registerActive(
                new NewPerson(riga, email, "Soon Suspended", null, Role.MEMBER, Locale.ENGLISH), "correct-password");
        assertThat(login(email, "correct-password").isAuthenticated()).isTrue();

        organisations.suspend(riga);
        try {
            assertThatThrownBy(() -> login(email, "correct-password")).isInstanceOf(LockedException.class);
        } finally {
            organisations.reactivate(riga);
        }
        assertThat(login(email, "correct-password").isAuthenticated()).isTrue();

        members.disable(personId);
        assertThatThrownBy(() -> login(email, "correct-password")).isInstanceOf(DisabledException.class);
        members.enable(personId);
        assertThat(login(email, "correct-password").isAuthenticated()).isTrue();
    }

    @Test
    @WithNewPerson(Role.RESEARCHER)
    void a_person_changes_their_password_only_with_the_current_one() {
        assertThatThrownBy(() -> members.changeMyPassword("wrong-current", "new-password-123"))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("member.error.current-password"));
        members.changeMyPassword(TestPeople.PASSWORD, "new-password-123");
        assertThat(login(CurrentUser.require().getUsername(), "new-password-123")
                        .isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> login(CurrentUser.require().getUsername(), TestPeople.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    @WithNewPerson
    void a_person_edits_their_own_profile_and_sees_active_people_only() {
        var before = members.myProfile();
        members.updateMyProfile(new ProfileChange(before.name(), "Coordinator, urban safety", Locale.ENGLISH));
        try {
            assertThat(members.myProfile().position()).isEqualTo("Coordinator, urban safety");
            assertThat(members.myProfile().editable()).isTrue();
        } finally {
            members.updateMyProfile(new ProfileChange(before.name(), before.position(), before.language()));
        }
        assertThatThrownBy(() -> members.updateMyProfile(new ProfileChange(" ", null, Locale.ENGLISH)))
                .isInstanceOf(UserFacingException.class);
        assertThat(members.find(new PersonFilter(null, PersonStatus.DISABLED, null), PageRequest.of(0, 500)))
                .allMatch(p -> p.status() == PersonStatus.ACTIVE);
    }

    @Test
    @WithAnonymousUser
    void the_application_form_takes_three_applications_an_hour_from_one_client_address() {
        var address = client();
        for (int i = 0; i < 3; i++) {
            assertThat(applications.submit(application(unique("burst"), "Town of Bursts " + i), address))
                    .isPositive();
        }

        assertThatThrownBy(() -> applications.submit(application(unique("burst"), "Town of Bursts 4"), address))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("application.error.throttled"));
        assertThat(applications.submit(application(unique("other"), "Town of Others"), client()))
                .isPositive();
    }

    /** Telling "already waiting" would let anyone probe which addresses have applied. */
    @Test
    @WithNewPerson(Role.ADMIN)
    void an_address_with_a_pending_application_gets_the_same_answer_and_nothing_is_stored_twice() {
        var contact = unique("twice");
        var first = applications.submit(application(contact, "Town of Twice"), client());

        var second = applications.submit(application(contact, "Town of Twice again"), client());

        assertThat(second).isEqualTo(first);
        assertThat(applications.pending(PageRequest.of(0, 500)).getContent())
                .filteredOn(a -> a.contactEmail().equals(contact))
                .hasSize(1);
    }

    private static String client() {
        return "203.0.113." + UUID.randomUUID();
    }

    private ApplicationForm application(String contactEmail, String organisationName) {
        return new ApplicationForm(
                organisationName,
                OrganisationKind.CITY,
                "BE",
                "Somewhere",
                null,
                "We would like to join the network.",
                "Contact Person",
                contactEmail,
                "Safety officer",
                "en");
    }

    private MimeMessage lastMailTo(String email) throws Exception {
        var messages = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(email));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
        assertThat(messages).as("mail to " + email).isNotEmpty();
        return messages.getLast();
    }

    private static String tokenIn(MimeMessage message) {
        var matcher = LINK.matcher(body(message));
        assertThat(matcher.find()).as("invitation link in the mail").isTrue();
        return matcher.group(1);
    }

    private static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private org.springframework.security.core.Authentication login(String email, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }
}
