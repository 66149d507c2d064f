package eu.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.TestHttp;
import eu.praxis.TestLogins;
import eu.praxis.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The password step over HTTP, as a browser posts the login form: a person with a second factor, or required to have
 * one, comes out of it with no login at all, only the way to the code or enrolment page, so that no view and no
 * members-only path (downloads, exports, the API documentation) answers; the API's bearer tokens are not affected.
 */
@IntegrationTest
class TwoFactorSignInTest {

    @Autowired
    TwoFactorService service;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    SwitchableTwoFactorRequirement requirement;

    @Autowired
    TestPeople people;

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;

    long organisationId;

    @BeforeEach
    void setUp() {
        organisationId = people.organisation();
    }

    @AfterEach
    void tearDown() {
        requirement.reset();
    }

    @Test
    void an_enrolled_persons_password_alone_opens_no_page_of_members() {
        var person = people.account(organisationId, Role.MEMBER);
        enrol(person.id(), Role.MEMBER);

        var http = TestHttp.loggedIn(port, person.email(), TestPeople.PASSWORD);

        assertThat(http.afterLogin()).endsWith("/" + SecondFactorSignIn.CODE_PATH);
        assertRefused(http, "/profile");
        assertRefused(http, "/api/docs");
        assertRefused(http, "/search/export.csv?q=night");
    }

    @Test
    void a_required_admin_without_a_second_factor_is_sent_to_enrolment_and_opens_no_admin_page() {
        requirement.requireForAdminsAndLeads();
        var admin = people.account(organisationId, Role.ADMIN);

        var http = TestHttp.loggedIn(port, admin.email(), TestPeople.PASSWORD);

        assertThat(http.afterLogin()).endsWith("/" + SecondFactorSignIn.ENROL_PATH);
        assertRefused(http, "/admin/people");
        assertRefused(http, "/admin/audit");
        var health = http.get("/actuator/health");
        assertThat(health.body()).as("health details are the secretariat's").doesNotContain("components");
    }

    @Test
    void without_a_second_factor_or_requirement_the_password_signs_in_as_before() {
        var admin = people.account(organisationId, Role.ADMIN);

        var http = TestHttp.loggedIn(port, admin.email(), TestPeople.PASSWORD);

        assertThat(http.afterLogin()).doesNotContain("sign-in");
        assertThat(http.get("/actuator/health").body()).contains("components");
    }

    @Test
    void api_tokens_of_an_enrolled_person_work_without_a_code() {
        var person = people.account(organisationId, Role.MEMBER);
        var token = TestLogins.as(person.id(), Role.MEMBER, () -> tokens.create("script", null));
        enrol(person.id(), Role.MEMBER);

        var answer = TestHttp.visitor(port).get(ApiTokenTest.PROBE, token.secret());

        assertThat(answer.statusCode())
                .as("accepted: the controller's not found")
                .isEqualTo(404);
    }

    private void assertRefused(TestHttp http, String path) {
        var answer = http.get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
    }

    private void enrol(long person, Role role) {
        var enrolment = TestLogins.as(person, role, service::startEnrolment);
        TestLogins.as(
                person,
                role,
                () -> service.confirmEnrolment(
                        enrolment.key(), new AuthenticatorApp(enrolment.key()).code(clock.instant())));
    }
}
