package eu.praxis.matrix;

import static eu.praxis.practice.PracticeFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.IntegrationTest;
import eu.praxis.TestHttp;
import eu.praxis.content.ModerationAction;
import eu.praxis.event.CalendarFeedService;
import eu.praxis.event.EventCalendar;
import eu.praxis.event.EventFixtures;
import eu.praxis.event.EventScheduling;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.member.MemberService;
import eu.praxis.member.NewPerson;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeModeration;
import eu.praxis.search.SearchTestSupport;
import eu.praxis.security.ApiTokenService;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The authorization matrix through HTTP (issue 24): the research API with each role's token and without one,
 * attachment downloads and event calendar files with each role's session, each role's personal calendar feed,
 * and the search exports (API and page), as each role on practices in each state. Asserts the status code and,
 * for the exports, whether the practice is in them, so that page, API and export agree with the service rules
 * ({@code ServiceMatrixTest}). A disabled person and a person of a suspended organisation got their token,
 * feed and session while active; the rows check that none of them works any more.
 *
 * <p>Statuses: 200 allowed; 401 (a problem) for the API without a working token; 302 to the login page for the
 * pages and downloads without a working session; 404 for what the caller may not see, exactly like an unknown
 * id. One row per dynamic test, named {@code GET path | role | state → status}.
 */
@IntegrationTest
class HttpMatrixTest {

    enum Who {
        VISITOR("visitor"),
        AUTHOR("author"),
        COLLEAGUE("colleague of the author"),
        MEMBER("member of the group"),
        OTHER_MEMBER("member of another group"),
        LEAD("lead of the group"),
        RESEARCHER("researcher"),
        SECRETARIAT("secretariat"),
        DISABLED("disabled person"),
        SUSPENDED("person of a suspended organisation");

        final String label;

        Who(String label) {
            this.label = label;
        }
    }

    enum State {
        DRAFT("draft"),
        PUBLISHED("published"),
        OPEN("published, group open to researchers"),
        HIDDEN("hidden"),
        DELETED("deleted"),
        SUBMITTED("submitted to a group whose publications are reviewed");

        final String label;

        State(String label) {
            this.label = label;
        }
    }

    record Subject(long practiceId, long attachmentId, long eventId) {}

    @Autowired
    PracticeEditing practices;

    @Autowired
    PracticeModeration practiceModeration;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    EventCalendar events;

    @Autowired
    EventScheduling eventScheduling;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    private static final String NOTES = "Matrix notes.\n";

    private final Map<Who, PraxisUser> people = new EnumMap<>(Who.class);
    private final Map<Who, String> tokenOf = new EnumMap<>(Who.class);
    private final Map<Who, String> feedOf = new EnumMap<>(Who.class);
    private final Map<Who, TestHttp> sessionOf = new EnumMap<>(Who.class);
    private final Map<State, Subject> subjects = new EnumMap<>(State.class);
    private String word;

    /** Who sees a practice in the state (PracticePolicy.maySee, DD023, DD014); the same as the service matrix. */
    static Set<Who> sees(State state) {
        return switch (state) {
            case DRAFT -> Set.of(Who.AUTHOR, Who.COLLEAGUE);
            case PUBLISHED -> Set.of(Who.AUTHOR, Who.COLLEAGUE, Who.MEMBER, Who.LEAD, Who.SECRETARIAT);
            case OPEN -> Set.of(Who.AUTHOR, Who.COLLEAGUE, Who.MEMBER, Who.LEAD, Who.SECRETARIAT, Who.RESEARCHER);
            case HIDDEN -> Set.of(Who.AUTHOR, Who.LEAD, Who.SECRETARIAT);
            case DELETED -> Set.of(Who.SECRETARIAT);
            case SUBMITTED -> Set.of(Who.AUTHOR, Who.COLLEAGUE, Who.LEAD, Who.SECRETARIAT);
        };
    }

    /**
     * Search and its exports apply the page's rule inside the query (SearchPermissions), except that they list no
     * draft (DD023) and no submitted practice (DD031) to anyone: a hidden practice is listed to its author and
     * moderators, a deleted one to the secretariat, as the page shows them.
     */
    static Set<Who> listed(State state) {
        return state == State.DRAFT || state == State.SUBMITTED ? Set.of() : sees(state);
    }

    private static boolean locked(Who who) {
        return who == Who.VISITOR || who == Who.DISABLED || who == Who.SUSPENDED;
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_as_every_role_in_every_state() {
        build();
        var rows = new ArrayList<DynamicTest>();
        for (var state : State.values()) {
            var s = subjects.get(state);
            for (var who : Who.values()) {
                var api = "/api/v1/practices/" + s.practiceId();
                rows.add(row(
                        "GET /api/v1/practices/{id}",
                        who,
                        state,
                        locked(who) ? 401 : sees(state).contains(who) ? 200 : 404,
                        () -> who == Who.VISITOR
                                ? visitor().get(api).statusCode()
                                : visitor().get(api, tokenOf.get(who)).statusCode()));
                // a version's stable address (DD032): version 1 exists in every state, answered like the practice
                var version = api + "/v/1";
                rows.add(row(
                        "GET /api/v1/practices/{id}/v/{n}",
                        who,
                        state,
                        locked(who) ? 401 : sees(state).contains(who) ? 200 : 404,
                        () -> who == Who.VISITOR
                                ? visitor().get(version).statusCode()
                                : visitor().get(version, tokenOf.get(who)).statusCode()));
                var download = "/attachments/" + s.attachmentId();
                // a 200 must be the file itself (an ended session once got 200 with a text instead)
                rows.add(row(
                        "GET /attachments/{id}",
                        who,
                        state,
                        locked(who) ? 302 : sees(state).contains(who) ? 200 : 404,
                        () -> {
                            var response = session(who).get(download);
                            return response.statusCode() == 200
                                            && !response.body().equals(NOTES)
                                    ? -200
                                    : response.statusCode();
                        }));
            }
        }
        var published = subjects.get(State.PUBLISHED);
        for (var who : Who.values()) {
            // a members-only event of the group: its members and its lead (the organiser), and the secretariat
            var ics = "/events/" + published.eventId() + ".ics";
            var seesEvent =
                    Set.of(Who.AUTHOR, Who.MEMBER, Who.LEAD, Who.SECRETARIAT).contains(who);
            rows.add(row(
                    "GET /events/{id}.ics",
                    who,
                    State.PUBLISHED,
                    locked(who) ? 302 : seesEvent ? 200 : 404,
                    () -> session(who).get(ics).statusCode()));
            // one's own feed; the visitor tries an unknown token
            rows.add(row(
                    "GET /calendar/{token}.ics",
                    who,
                    State.PUBLISHED,
                    locked(who) ? 404 : 200,
                    () -> visitor()
                            .get(feedOf.getOrDefault(who, "/calendar/no-such-feed.ics"))
                            .statusCode()));
        }
        for (var state : State.values()) {
            var title = title(state);
            for (var who : Who.values()) {
                var expected = locked(who) ? "401" : listed(state).contains(who) ? "200, listed" : "200, not listed";
                rows.add(DynamicTest.dynamicTest(
                        "GET /api/v1/search/export.csv | " + who.label + " | " + state.label + " → " + expected, () -> {
                            var path = "/api/v1/search/export.csv?q=" + word;
                            var response = who == Who.VISITOR
                                    ? visitor().get(path)
                                    : visitor().get(path, tokenOf.get(who));
                            assertThat(answer(response.statusCode(), response.body(), title))
                                    .isEqualTo(expected);
                        }));
                var pageExpected =
                        locked(who) ? "302" : listed(state).contains(who) ? "200, listed" : "200, not listed";
                rows.add(DynamicTest.dynamicTest(
                        "GET /search/export.csv | " + who.label + " | " + state.label + " → " + pageExpected, () -> {
                            var response = session(who).get("/search/export.csv?q=" + word);
                            assertThat(answer(response.statusCode(), response.body(), title))
                                    .isEqualTo(pageExpected);
                        }));
            }
        }
        return rows.stream();
    }

    private static String answer(int status, String body, String title) {
        return status != 200 ? String.valueOf(status) : body.contains(title) ? "200, listed" : "200, not listed";
    }

    private static DynamicTest row(String endpoint, Who who, State state, int expected, Supplier<Integer> call) {
        return DynamicTest.dynamicTest(
                endpoint + " | " + who.label + " | " + state.label + " → " + expected,
                () -> assertThat(call.get()).isEqualTo(expected));
    }

    private TestHttp visitor() {
        return TestHttp.visitor(port);
    }

    private TestHttp session(Who who) {
        return who == Who.VISITOR ? visitor() : sessionOf.get(who);
    }

    private String title(State state) {
        return "Matrix " + word + " " + state.name().toLowerCase(Locale.ROOT);
    }

    // --- the world ------------------------------------------------------------------------------------------

    private void build() {
        word = "matrix" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        long[] groupIds = new long[3];
        RunAs.secretariat(() -> {
            var orgA = organisations.register(
                    unique("Matrix web A"), OrganisationKind.CITY, "BE", "Gent", LocalDate.of(2020, 1, 1));
            var orgB = organisations.register(
                    unique("Matrix web B"), OrganisationKind.CITY, "FR", "Nantes", LocalDate.of(2020, 1, 1));
            var orgS = organisations.register(
                    unique("Matrix web S"), OrganisationKind.CITY, "DK", "Aarhus", LocalDate.of(2020, 1, 1));
            people.put(Who.AUTHOR, person(orgA, Role.MEMBER));
            people.put(Who.COLLEAGUE, person(orgA, Role.MEMBER));
            people.put(Who.MEMBER, person(orgB, Role.MEMBER));
            people.put(Who.OTHER_MEMBER, person(orgB, Role.MEMBER));
            people.put(Who.LEAD, person(orgB, Role.MEMBER));
            people.put(Who.RESEARCHER, person(orgB, Role.RESEARCHER));
            people.put(Who.SECRETARIAT, person(orgB, Role.ADMIN));
            people.put(Who.DISABLED, person(orgB, Role.MEMBER));
            people.put(Who.SUSPENDED, person(orgS, Role.MEMBER));
            groupIds[0] = group(false);
            groupIds[1] = group(true);
            groupIds[2] = group(false);
            // its lead reviews what is published there (DD031)
            groupAdministration.setReviewsPublications(groupIds[2], true);
            var other = group(false);
            groupMembership.addMember(other, people.get(Who.OTHER_MEMBER).personId());
            for (var groupId : groupIds) {
                for (var who : List.of(Who.AUTHOR, Who.MEMBER, Who.DISABLED, Who.SUSPENDED)) {
                    groupMembership.addMember(groupId, people.get(who).personId());
                }
                groupAdministration.appointLead(groupId, people.get(Who.LEAD).personId());
            }
        });
        var author = people.get(Who.AUTHOR);
        var eventId = RunAs.as(
                people.get(Who.LEAD),
                () -> eventScheduling.create(EventFixtures.webconference(groupIds[0], true, null)));
        for (var state : State.values()) {
            var groupId = state == State.OPEN ? groupIds[1] : state == State.SUBMITTED ? groupIds[2] : groupIds[0];
            var practiceId =
                    RunAs.as(author, () -> practices.create(sheet(title(state), Set.of(), Set.of(groupId), false)));
            var attachmentId = RunAs.as(
                            author,
                            () -> practices.attach(
                                    practiceId,
                                    new ByteArrayInputStream(NOTES.getBytes(StandardCharsets.UTF_8)),
                                    "notes.txt"))
                    .id();
            if (state != State.DRAFT) {
                RunAs.as(author, () -> {
                    practices.publish(practiceId);
                    return null;
                });
            }
            RunAs.secretariat(() -> {
                if (state == State.HIDDEN) {
                    practiceModeration.apply(
                            CurrentUser.require(), practiceId, ModerationAction.HIDE, "matrix: hidden");
                } else if (state == State.DELETED) {
                    practiceModeration.apply(
                            CurrentUser.require(), practiceId, ModerationAction.DELETE, "matrix: deleted");
                }
            });
            subjects.put(state, new Subject(practiceId, attachmentId, eventId));
        }
        for (var who : Who.values()) {
            if (who == Who.VISITOR) {
                continue;
            }
            var user = people.get(who);
            tokenOf.put(who, RunAs.as(user, () -> tokens.create("matrix", null)).secret());
            var address = RunAs.as(user, feeds::regenerate);
            feedOf.put(who, address.substring(address.indexOf("/calendar/")));
            sessionOf.put(who, TestHttp.loggedIn(port, user.email(), "test-password-1"));
        }
        // token, feed and session were theirs while they were active
        RunAs.secretariat(() -> {
            members.disable(people.get(Who.DISABLED).personId());
            organisations.suspend(people.get(Who.SUSPENDED).organisationId());
        });
        awaitListeners();
        new SearchTestSupport(dataSource).awaitIndexed();
    }

    /**
     * Ending the sessions of a disabled person or a suspended organisation's people is a listener of the event
     * the change publishes, run after the commit on another thread; until it has run, their open session still
     * works (for milliseconds). The rows are about the state after it.
     */
    private void awaitListeners() {
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        var deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Long.class)
                        > 0
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long group(boolean openToResearchers) {
        var slug = groupAdministration.create(new NewGroup(
                unique("Matrix web group"), "A group of the HTTP matrix.", JoinPolicy.OPEN, openToResearchers));
        return groups.get(slug).id();
    }

    private PraxisUser person(long organisationId, Role role) {
        var email = "matrix-web-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var id = members.registerActive(
                new NewPerson(organisationId, email, "Matrix " + email, null, role, Locale.ENGLISH), "test-password-1");
        return new PraxisUser(id, organisationId, email, "Matrix " + email, role, Locale.ENGLISH, null, true, true);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
