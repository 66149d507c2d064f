package eu.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.TestHttp;
import eu.praxis.TestPeople;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationService;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal API tokens: the secret exists once, only its hash is stored, and a token opens the API exactly
 * while its owner could log in and until it is revoked or expires. Over HTTP, {@code /api/v1/practices/0}
 * (which never exists) tells an accepted token (404 from the controller) from a refused one (401 from the
 * filter).
 */
@IntegrationTest
class ApiTokenTest {

    static final String PROBE = "/api/v1/practices/0";

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ApiRateLimiter limiter;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TestPeople people;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    TestHttp http;
    long organisationId;

    @BeforeEach
    void setUp() {
        http = TestHttp.visitor(port);
        organisationId = people.organisation();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void creating_a_token_shows_its_secret_once_and_stores_only_its_hash() {
        var person = people.person(organisationId, Role.MEMBER);

        var created = as(person, Role.RESEARCHER, () -> tokens.create("  Thesis corpus  ", null));

        assertThat(created.secret()).matches("praxis_[A-Za-z0-9_-]{43}");
        assertThat(created.toString()).doesNotContain(created.secret());
        assertThat(created.token().label()).isEqualTo("Thesis corpus");
        assertThat(created.token().prefix()).isEqualTo(created.secret().substring(0, 13));
        assertThat(as(person, Role.MEMBER, () -> tokens.mine())).containsExactly(created.token());
        var row = jdbc.queryForMap(
                "select * from api_token where id = ?", created.token().id());
        assertThat(row.get("secret_hash"))
                .isEqualTo(ApiTokens.hash(created.secret()))
                .isNotEqualTo(created.secret());
        assertThat(row.values())
                .as("no column holds the secret or most of it")
                .noneSatisfy(value -> assertThat(String.valueOf(value))
                        .contains(created.secret().substring(0, 20)));
    }

    @Test
    void a_token_opens_the_api_as_its_owner_until_it_is_revoked() {
        var person = people.person(organisationId, Role.RESEARCHER);
        var created = as(person, Role.RESEARCHER, () -> tokens.create("Script", null));

        var accepted = http.get(PROBE, created.secret());
        assertThat(accepted.statusCode()).isEqualTo(404);
        assertProblem(accepted, 404);
        assertThat(accepted.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        assertThat(as(person, Role.RESEARCHER, () -> tokens.mine()).getFirst().lastUsedAt())
                .isNotNull();

        as(person, Role.RESEARCHER, () -> tokens.revoke(created.token().id()));

        var refused = http.get(PROBE, created.secret());
        assertProblem(refused, 401);
        assertThat(refused.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertThat(as(person, Role.RESEARCHER, () -> tokens.mine()).getFirst().active())
                .isFalse();
    }

    @Test
    void requests_without_a_token_or_with_an_unknown_one_are_refused_with_a_problem() {
        var created = as(people.person(organisationId, Role.MEMBER), Role.MEMBER, () -> tokens.create("x", null));
        var unknown = created.secret().substring(0, created.secret().length() - 1)
                + (created.secret().endsWith("A") ? "B" : "A");

        for (var response : new HttpResponse<?>[] {
            http.get(PROBE),
            http.get(PROBE, unknown),
            http.get(PROBE, "praxis_short"),
            http.get(PROBE, ""),
            http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + PROBE))
                    .header("Authorization", "Basic " + created.secret())
                    .GET()
                    .build())
        }) {
            @SuppressWarnings("unchecked")
            var typed = (HttpResponse<String>) response;
            assertProblem(typed, 401);
        }
    }

    @Test
    void an_expired_token_is_refused() {
        var person = people.person(organisationId, Role.MEMBER);
        var created = as(person, Role.MEMBER, () -> tokens.create("Short-lived", Duration.ofDays(1)));
        assertThat(http.get(PROBE, created.secret()).statusCode()).isEqualTo(404);

        clock.advance(Duration.ofDays(1).plusMinutes(1));

        assertProblem(http.get(PROBE, created.secret()), 401);
        assertThat(as(person, Role.MEMBER, () -> tokens.mine()).getFirst().active())
                .isFalse();
    }

    @Test
    void the_token_of_a_disabled_person_is_refused_like_their_login() {
        var person = people.person(organisationId, Role.MEMBER);
        var created = as(person, Role.MEMBER, () -> tokens.create("Script", null));
        assertThat(http.get(PROBE, created.secret()).statusCode()).isEqualTo(404);

        RunAs.secretariat(() -> members.disable(person));
        try {
            assertProblem(http.get(PROBE, created.secret()), 401);
        } finally {
            RunAs.secretariat(() -> members.enable(person));
        }
        assertThat(http.get(PROBE, created.secret()).statusCode())
                .as("enabled again")
                .isEqualTo(404);
    }

    @Test
    void the_token_of_someone_whose_organisation_is_suspended_is_refused() {
        var organisation = RunAs.person(
                0,
                Role.ADMIN,
                () -> organisations.register(
                        "Token town " + UUID.randomUUID(),
                        OrganisationKind.CITY,
                        "FR",
                        "Lyon",
                        LocalDate.of(2020, 1, 1)));
        var person = people.person(organisation, Role.MEMBER);
        var created = as(person, Role.MEMBER, () -> tokens.create("Script", null));
        assertThat(http.get(PROBE, created.secret()).statusCode()).isEqualTo(404);

        RunAs.secretariat(() -> organisations.suspend(organisation));

        assertProblem(http.get(PROBE, created.secret()), 401);
    }

    @Test
    void a_member_cannot_revoke_someone_elses_token_nor_learn_it_exists_but_the_secretariat_can() {
        var owner = people.person(organisationId, Role.MEMBER);
        var other = people.person(organisationId, Role.MEMBER);
        var created = as(owner, Role.MEMBER, () -> tokens.create("Mine", null));

        assertThatThrownBy(() -> as(
                        other, Role.MEMBER, () -> tokens.revoke(created.token().id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other, Role.MEMBER, () -> tokens.of(owner)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(http.get(PROBE, created.secret()).statusCode())
                .as("still works")
                .isEqualTo(404);

        var admin = people.person(organisationId, Role.ADMIN);
        as(admin, Role.ADMIN, () -> tokens.revoke(created.token().id()));

        assertProblem(http.get(PROBE, created.secret()), 401);
        assertThat(as(admin, Role.ADMIN, () -> tokens.of(owner)).getFirst().revokedAt())
                .isNotNull();
    }

    @Test
    void a_person_holds_at_most_ten_active_tokens_and_each_needs_a_label() {
        var person = people.person(organisationId, Role.MEMBER);
        for (int i = 0; i < ApiTokenService.MAX_ACTIVE_PER_PERSON; i++) {
            var label = "Token " + i;
            as(person, Role.MEMBER, () -> {
                tokens.create(label, null);
            });
        }

        assertRefused(person, () -> tokens.create("One too many", null), "api.token.error.too-many");
        as(person, Role.MEMBER, () -> tokens.revoke(tokens.mine().getFirst().id()));
        assertThat(as(person, Role.MEMBER, () -> tokens.create("After revoking one", null))
                        .token()
                        .active())
                .isTrue();

        var fresh = people.person(organisationId, Role.MEMBER);
        assertRefused(fresh, () -> tokens.create("   ", null), "api.token.error.label");
        assertRefused(
                fresh,
                () -> tokens.create("x".repeat(ApiTokenService.LABEL_MAX_LENGTH + 1), null),
                "api.token.error.label");
        assertRefused(
                fresh, () -> tokens.create("Forever and a day", Duration.ofDays(400)), "api.token.error.validity");
        assertRefused(fresh, () -> tokens.create("Backwards", Duration.ofDays(-1)), "api.token.error.validity");
        assertThat(as(fresh, Role.MEMBER, () -> tokens.mine())).isEmpty();
    }

    @Test
    void a_token_is_limited_to_its_burst_then_told_when_to_retry() {
        var created = as(
                people.person(organisationId, Role.RESEARCHER),
                Role.RESEARCHER,
                () -> tokens.create("Busy script", null));
        var other = as(
                people.person(organisationId, Role.RESEARCHER),
                Role.RESEARCHER,
                () -> tokens.create("Quiet script", null));

        // The bucket refills in real time while the requests run, so a few more than the burst may pass.
        int accepted = 0;
        HttpResponse<String> limited = null;
        for (int i = 0; i < limiter.burst() * 3 && limited == null; i++) {
            var response = http.get(PROBE, created.secret());
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(404);
                accepted++;
            }
        }

        assertThat(accepted).isGreaterThanOrEqualTo(limiter.burst());
        assertThat(limited).as("refused within three bursts").isNotNull();
        assertProblem(limited, 429);
        assertThat(limited.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(http.get(PROBE, other.secret()).statusCode())
                .as("another token has its own bucket")
                .isEqualTo(404);
    }

    private void assertRefused(long person, Supplier<?> call, String key) {
        assertThatThrownBy(() -> as(person, Role.MEMBER, call))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).contains("\"detail\":");
    }

    private static <T> T as(long person, Role role, Supplier<T> action) {
        return RunAs.person(person, role, action);
    }

    private static void as(long person, Role role, Runnable action) {
        RunAs.person(person, role, () -> {
            action.run();
            return null;
        });
    }
}
