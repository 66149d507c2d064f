package eu.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.TestLogins;
import eu.praxis.TestPeople;
import eu.praxis.base.UserFacingException;
import eu.praxis.group.GroupFixtures;
import eu.praxis.group.JoinPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two-factor sign-in as a service: enrolment keeps the key encrypted and the recovery codes hashed, codes are
 * accepted one step either side and never twice, wrong codes block after five with one audit entry, and the
 * requirement of the default configuration (ADMIN, LEAD) names the secretariat and leads only.
 */
@IntegrationTest
class TwoFactorTest {

    @Autowired
    TwoFactorService service;

    @Autowired
    SecondFactors factors;

    @Autowired
    SwitchableTwoFactorRequirement requirement;

    @Autowired
    TestPeople people;

    @Autowired
    TestClock clock;

    @Autowired
    GroupFixtures groups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    long organisationId;

    @BeforeEach
    void setUp() {
        organisationId = people.organisation();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        requirement.reset();
    }

    @Test
    void enrolment_keeps_the_key_encrypted_and_ten_recovery_codes_hashed_and_is_audited() {
        var person = people.person(organisationId, Role.MEMBER);
        var enrolment = as(person, service::startEnrolment);
        assertThat(enrolment.key()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        assertThat(enrolment.uri())
                .startsWith("otpauth://totp/Praxis:")
                .contains("secret=" + enrolment.key().replace(" ", ""))
                .contains("issuer=Praxis");

        var codes = as(
                person,
                () -> service.confirmEnrolment(enrolment.key(), app(enrolment).code(clock.instant())));

        assertThat(codes)
                .hasSize(10)
                .allMatch(c -> c.matches("[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}"))
                .doesNotHaveDuplicates();
        var row = jdbc.queryForMap("select * from second_factor where person_id = ?", person);
        assertThat(String.valueOf(row.get("secret")))
                .doesNotContain(enrolment.key().replace(" ", "").substring(0, 8));
        var hashes = jdbc.queryForList(
                "select code_hash from second_factor_recovery_code where person_id = ?", String.class, person);
        assertThat(hashes)
                .hasSize(10)
                .doesNotContainAnyElementsOf(codes)
                .contains(ApiTokens.hash(codes.getFirst().replace("-", "")));
        var status = as(person, service::mine);
        assertThat(status.enrolled()).isTrue();
        assertThat(status.recoveryCodesLeft()).isEqualTo(10);
        assertThat(audits("second-factor.enrol", person)).isEqualTo(1);
        assertThatThrownBy(() -> as(
                        person,
                        () -> service.confirmEnrolment(
                                enrolment.key(), app(enrolment).code(clock.instant(), 1))))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("already-enrolled");
    }

    @Test
    void a_wrong_malformed_or_foreign_code_enrols_nothing() {
        var person = people.person(organisationId, Role.MEMBER);
        var enrolment = as(person, service::startEnrolment);
        var other = as(person, service::startEnrolment);

        assertThatThrownBy(() -> as(person, () -> service.confirmEnrolment(enrolment.key(), "12a456")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("code-format");
        assertThatThrownBy(() -> as(
                        person,
                        () -> service.confirmEnrolment(
                                enrolment.key(), app(other).code(clock.instant()))))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("code-wrong");
        assertThatThrownBy(() -> as(
                        person,
                        () -> service.confirmEnrolment("AAAA", app(enrolment).code(clock.instant()))))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("two-factor.error.key");
        assertThat(as(person, service::mine).enrolled()).isFalse();
    }

    @Test
    void a_code_is_accepted_one_step_either_side_and_never_twice() {
        var person = people.person(organisationId, Role.MEMBER);
        var app = enrol(person);

        // enrolment used the current step: the next step's code (a phone a little ahead) is accepted once
        assertThat(factors.check(person, app.code(clock.instant(), 1)).outcome())
                .isEqualTo(CodeCheck.Outcome.ACCEPTED);
        assertThat(factors.check(person, app.code(clock.instant(), 1)).outcome())
                .isEqualTo(CodeCheck.Outcome.REUSED);
        assertThat(factors.check(person, app.code(clock.instant())).outcome()).isEqualTo(CodeCheck.Outcome.REUSED);
        assertThat(factors.check(person, "12 34").outcome()).isEqualTo(CodeCheck.Outcome.MALFORMED);
        // three steps ahead is outside the window
        assertThat(factors.check(person, app.code(clock.instant(), 3)).outcome())
                .isEqualTo(CodeCheck.Outcome.WRONG);

        clock.advance(Duration.ofSeconds(90));
        // a phone one step behind the server: its code is for the step before the server's current one
        assertThat(factors.check(person, app.code(clock.instant(), -1)).outcome())
                .isEqualTo(CodeCheck.Outcome.ACCEPTED);
    }

    @Test
    void five_wrong_codes_block_the_person_for_the_window_with_one_audit_entry() {
        var person = people.person(organisationId, Role.MEMBER);
        var app = enrol(person);
        var wrong = wrongCode(app);

        for (int i = 1; i <= 4; i++) {
            assertThat(factors.check(person, wrong).outcome())
                    .as("failure " + i)
                    .isEqualTo(CodeCheck.Outcome.WRONG);
        }
        var fifth = factors.check(person, wrong);
        assertThat(fifth.outcome()).isEqualTo(CodeCheck.Outcome.BLOCKED);
        assertThat(fifth.retryAfter()).isAfter(clock.instant().plus(Duration.ofMinutes(14)));
        // blocked: even the right code is not checked, and no further entry is written
        assertThat(factors.check(person, app.code(clock.instant(), 1)).outcome())
                .isEqualTo(CodeCheck.Outcome.BLOCKED);
        assertThat(factors.check(person, wrong).outcome()).isEqualTo(CodeCheck.Outcome.BLOCKED);
        assertThat(audits("second-factor.failures", person)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(16));
        assertThat(factors.check(person, app.code(clock.instant())).outcome()).isEqualTo(CodeCheck.Outcome.ACCEPTED);
    }

    @Test
    void a_recovery_code_signs_in_once_and_is_audited() {
        var person = people.person(organisationId, Role.MEMBER);
        var enrolment = as(person, service::startEnrolment);
        var codes = as(
                person,
                () -> service.confirmEnrolment(enrolment.key(), app(enrolment).code(clock.instant())));

        var used = factors.check(person, codes.get(3).toUpperCase().replace("-", " "));
        assertThat(used.outcome()).isEqualTo(CodeCheck.Outcome.RECOVERY_CODE_ACCEPTED);
        assertThat(used.recoveryCodesLeft()).isEqualTo(9);
        assertThat(factors.check(person, codes.get(3)).outcome()).isEqualTo(CodeCheck.Outcome.REUSED);
        assertThat(factors.check(person, "abcd-efgh-ijkl").outcome()).isEqualTo(CodeCheck.Outcome.WRONG);
        assertThat(audits("second-factor.recovery-code", person)).isEqualTo(1);
        assertThat(as(person, service::mine).recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void removal_needs_the_password_or_a_code_and_is_refused_to_those_required() {
        var person = people.person(organisationId, Role.MEMBER);
        enrol(person);

        assertThatThrownBy(() -> as(person, () -> service.removeMine("not-the-password")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("confirmation");
        assertThat(as(person, service::mine).enrolled()).isTrue();
        as(person, () -> service.removeMine(TestPeople.PASSWORD));
        assertThat(as(person, service::mine).enrolled()).isFalse();
        assertThat(audits("second-factor.remove", person)).isEqualTo(1);

        var again = enrol(person);
        as(person, () -> service.removeMine(again.code(clock.instant(), 1)));
        assertThat(as(person, service::mine).enrolled()).isFalse();

        var admin = people.person(organisationId, Role.ADMIN);
        enrol(admin, Role.ADMIN);
        requirement.requireForAdminsAndLeads();
        assertThatThrownBy(() -> TestLogins.as(admin, Role.ADMIN, () -> service.removeMine(TestPeople.PASSWORD)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("required");
    }

    @Test
    void the_secretariat_resets_a_second_factor_with_a_reason_and_nobody_else_may() {
        var person = people.person(organisationId, Role.MEMBER);
        enrol(person);
        var admin = people.person(organisationId, Role.ADMIN);

        assertThatThrownBy(() -> as(person, () -> service.reset(person, "lost phone")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.reset(person, "lost phone"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> TestLogins.as(admin, Role.ADMIN, () -> service.reset(person, "  ")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("reason");
        TestLogins.as(admin, Role.ADMIN, () -> service.reset(person, "Lost phone, called 5 Dec"));

        assertThat(TestLogins.as(admin, Role.ADMIN, () -> service.of(person)).enrolled())
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select reason from audit_entry where action = 'second-factor.reset' "
                                + "and target_id = ? and actor_id = ?",
                        String.class,
                        person,
                        admin))
                .isEqualTo("Lost phone, called 5 Dec");
        assertThat(jdbc.queryForObject(
                        "select count(*) from second_factor_recovery_code where person_id = ?", Integer.class, person))
                .isZero();
    }

    @Test
    void the_default_requirement_names_the_secretariat_and_leads_and_the_tests_nobody() {
        var admin = user(people.account(organisationId, Role.ADMIN).email());
        var leadAccount = people.account(organisationId, Role.MEMBER);
        var group = groups.group("Nightlife", JoinPolicy.OPEN, true);
        groups.leads(group.id(), leadAccount.id());
        var lead = user(leadAccount.email());
        var member = user(people.account(organisationId, Role.MEMBER).email());
        var researcher = user(people.account(Role.RESEARCHER).email());
        assertThat(List.of(admin, lead, member, researcher)).noneMatch(requirement::appliesTo);

        requirement.requireForAdminsAndLeads();

        assertThat(requirement.appliesTo(admin)).isTrue();
        assertThat(requirement.appliesTo(lead)).as("leads a group").isTrue();
        assertThat(requirement.appliesTo(member)).isFalse();
        assertThat(requirement.appliesTo(researcher)).isFalse();
        assertThat(TestLogins.as(admin.personId(), Role.ADMIN, service::mine).required())
                .isTrue();
    }

    private PraxisUser user(String email) {
        return (PraxisUser) accounts.loadUserByUsername(email);
    }

    private AuthenticatorApp enrol(long person) {
        return enrol(person, Role.MEMBER);
    }

    private AuthenticatorApp enrol(long person, Role role) {
        var enrolment = TestLogins.as(person, role, service::startEnrolment);
        TestLogins.as(
                person,
                role,
                () -> service.confirmEnrolment(enrolment.key(), app(enrolment).code(clock.instant())));
        return app(enrolment);
    }

    private static AuthenticatorApp app(TwoFactorEnrolment enrolment) {
        return new AuthenticatorApp(enrolment.key());
    }

    /** Six digits that are none of the codes accepted now. */
    private String wrongCode(AuthenticatorApp app) {
        var accepted = List.of(app.code(clock.instant(), -1), app.code(clock.instant()), app.code(clock.instant(), 1));
        for (int i = 0; ; i++) {
            var candidate = String.format("%06d", i);
            if (!accepted.contains(candidate)) {
                return candidate;
            }
        }
    }

    private int audits(String action, long person) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where action = ? and target_id = ?", Integer.class, action, person);
    }

    private static <T> T as(long person, java.util.function.Supplier<T> action) {
        return TestLogins.as(person, Role.MEMBER, action);
    }

    private static void as(long person, Runnable action) {
        TestLogins.as(person, Role.MEMBER, action);
    }
}
