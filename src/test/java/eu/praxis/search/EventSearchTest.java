package eu.praxis.search;

import static eu.praxis.event.EventFixtures.PARIS;
import static eu.praxis.event.EventFixtures.as;
import static eu.praxis.search.SearchServiceTest.matching;
import static eu.praxis.search.SearchTestSupport.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import eu.praxis.IntegrationTest;
import eu.praxis.TestHttp;
import eu.praxis.TestPeople;
import eu.praxis.WithNewPerson;
import eu.praxis.base.NotFoundException;
import eu.praxis.event.Event;
import eu.praxis.event.EventCalendar;
import eu.praxis.event.EventDraft;
import eu.praxis.event.EventFixtures;
import eu.praxis.event.EventFixtures.Cast;
import eu.praxis.event.EventKind;
import eu.praxis.event.EventScheduling;
import eu.praxis.group.GroupAccess;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.searchindex.SearchDocument;
import eu.praxis.security.ApiTokenService;
import eu.praxis.security.Role;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events in the global search: found by the words of their title and description in the "everything" scope
 * (never in the library), counted in the kind facet, and found by exactly those the event feature shows them
 * to (EventPolicy.maySee): a group's members-only event by its members, leads and the secretariat, never by
 * a member of another group or a researcher who reads the group; a general assembly never by a researcher.
 * Cancelled events are found by no one; past events still are. Each test has its own people, groups and words.
 */
@IntegrationTest
class EventSearchTest {

    @Autowired
    SearchService search;

    @Autowired
    EventCalendar events;

    @Autowired
    EventScheduling eventScheduling;

    @Autowired
    TestPeople people;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAccess groupAccess;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JsonMapper json;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    IndexBootstrap bootstrap;

    @LocalServerPort
    int port;

    Cast c;
    SearchTestSupport index;

    @BeforeEach
    void cast() {
        c = new EventFixtures(people, groups, groupMembership, groupAdministration).cast();
        index = new SearchTestSupport(dataSource);
    }

    @Test
    void an_upcoming_webconference_is_found_by_a_word_of_its_title_or_description_everywhere_not_in_the_library() {
        var inTitle = word();
        var inDescription = word();
        var id = as(
                c.admin(),
                Role.ADMIN,
                () -> eventScheduling.create(draft(
                        EventKind.WEBCONFERENCE,
                        "Webconference on " + inTitle,
                        "We discuss the **" + inDescription + "** approach.",
                        null,
                        false,
                        7)));
        var startsAt = as(c.admin(), Role.ADMIN, () -> events.get(id)).startsAt();
        index.awaitIndexed();

        for (var word : List.of(inTitle, inDescription)) {
            var results = as(
                    c.outsider(),
                    Role.MEMBER,
                    () -> search.search(SearchRequest.of(word, SearchScope.EVERYTHING), 0, 10));
            assertThat(results.hits()).as(word).singleElement().satisfies(hit -> {
                assertThat(hit.kind()).isEqualTo(ResultKind.EVENT);
                assertThat(hit.id()).isEqualTo(id);
                assertThat(hit.title()).isEqualTo("Webconference on " + inTitle);
                assertThat(hit.path()).isEqualTo("/events/" + id);
                assertThat(hit.date()).isEqualTo(startsAt);
                assertThat(hit.year()).isEqualTo(SearchDocument.yearOf(startsAt));
            });
            assertThat(results.facets().kinds())
                    .extracting(FacetValue::value, FacetValue::label, FacetValue::count)
                    .containsExactly(tuple("EVENT", "Event", 1L));
            assertThat(as(
                            c.outsider(),
                            Role.MEMBER,
                            () -> search.search(SearchRequest.of(word, SearchScope.LIBRARY), 0, 10)
                                    .total()))
                    .as("the library holds practices only")
                    .isZero();
        }
        var byDescription = as(
                        c.outsider(),
                        Role.MEMBER,
                        () -> search.search(SearchRequest.of(inDescription, SearchScope.EVERYTHING), 0, 1))
                .hits()
                .getFirst();
        assertThat(byDescription.snippetHtml()).contains("<mark>" + inDescription + "</mark>");
        // the kind is searchable as a word, whatever the title says
        assertThat(as(c.outsider(), Role.MEMBER, () -> eventIds(inDescription + " webconference")))
                .containsExactly(id);
    }

    /**
     * The acceptance, as a new user would try it: a webconference and the General Assembly for the whole
     * network, both scheduled by the secretariat.
     */
    @Test
    @WithNewPerson(Role.RESEARCHER)
    void a_researcher_finds_the_upcoming_webconference_not_the_general_assembly() {
        var word = word();
        var title = "Drug consumption rooms: lessons from Essen and Lisbon " + word;
        networkEvents(word, title);
        index.awaitIndexed();
        var hits = matching(
                search.search(SearchRequest.of("drug consumption rooms Lisbon " + word, SearchScope.EVERYTHING), 0, 20))
                .stream();
        assertThat(hits)
                .filteredOn(hit -> hit.kind() == ResultKind.EVENT)
                .extracting(SearchHit::title)
                .containsExactly(title);
        assertThat(search.search(SearchRequest.of("general assembly", SearchScope.EVERYTHING), 0, 50)
                        .hits())
                .noneMatch(hit -> hit.kind() == ResultKind.EVENT);
    }

    @Test
    @WithNewPerson(language = "fr")
    void a_member_finds_the_general_assembly() {
        var word = word();
        networkEvents(word, "Drug consumption rooms: lessons from Essen and Lisbon " + word);
        index.awaitIndexed();
        assertThat(search.search(SearchRequest.of("general assembly " + word, SearchScope.EVERYTHING), 0, 50)
                        .hits())
                .filteredOn(hit -> hit.kind() == ResultKind.EVENT)
                .extracting(SearchHit::title)
                .contains("General Assembly " + word);
    }

    /** A webconference with this title and the General Assembly (named after the word), for the whole network. */
    private void networkEvents(String word, String webconference) {
        as(
                c.admin(),
                Role.ADMIN,
                () -> eventScheduling.create(draft(
                        EventKind.WEBCONFERENCE,
                        webconference,
                        "Two cities, two models: Essen's room next to the central station and Lisbon's mobile units.",
                        null,
                        false,
                        9)));
        as(
                c.admin(),
                Role.ADMIN,
                () -> eventScheduling.create(draft(
                        EventKind.GENERAL_ASSEMBLY,
                        "General Assembly " + word,
                        "Annual report, accounts, the work programme and the election of the executive committee.",
                        null,
                        false,
                        52)));
    }

    @Test
    void a_members_only_group_event_is_found_by_its_group_not_by_another_group_nor_a_researcher_who_reads_it() {
        var word = word();
        var membersOnly = as(
                c.lead(),
                Role.MEMBER,
                () -> eventScheduling.create(
                        draft(EventKind.SEMINAR, "Members' seminar " + word, "For the group.", c.groupId(), true, 10)));
        var forNetwork = as(
                c.lead(),
                Role.MEMBER,
                () -> eventScheduling.create(draft(
                        EventKind.WEBCONFERENCE,
                        "Open webconference " + word,
                        "For everyone.",
                        c.groupId(),
                        false,
                        10)));
        index.awaitIndexed();
        // without the members-only mark, the researcher would find it: the group is open to researchers
        assertThat(as(
                        c.researcher(),
                        Role.RESEARCHER,
                        () -> groupAccess.myGroupIds().readable()))
                .contains(c.groupId());

        expectFound(word, c.member(), Role.MEMBER, membersOnly, forNetwork);
        expectFound(word, c.lead(), Role.MEMBER, membersOnly, forNetwork);
        expectFound(word, c.admin(), Role.ADMIN, membersOnly, forNetwork);
        expectFound(word, c.otherLead(), Role.MEMBER, forNetwork);
        expectFound(word, c.outsider(), Role.MEMBER, forNetwork);
        expectFound(word, c.researcher(), Role.RESEARCHER, forNetwork);
    }

    @Test
    void a_members_only_joint_event_is_found_by_the_members_of_both_its_groups_only() {
        var word = word();
        var joint = as(
                c.admin(),
                Role.ADMIN,
                () -> eventScheduling.create(EventFixtures.jointly(
                        draft(EventKind.SEMINAR, "Joint seminar " + word, "For both groups.", c.groupId(), true, 10),
                        Set.of(c.otherGroupId()))));
        index.awaitIndexed();

        expectFound(word, c.member(), Role.MEMBER, joint);
        expectFound(word, c.otherMember(), Role.MEMBER, joint);
        expectFound(word, c.otherLead(), Role.MEMBER, joint);
        expectFound(word, c.outsider(), Role.MEMBER);
    }

    @Test
    void a_general_assembly_is_found_by_members_never_by_researchers() {
        var word = word();
        var assembly = as(
                c.admin(),
                Role.ADMIN,
                () -> eventScheduling.create(draft(
                        EventKind.GENERAL_ASSEMBLY,
                        "General assembly " + word,
                        "Votes on the budget.",
                        null,
                        false,
                        30)));
        var seminar = as(
                c.admin(),
                Role.ADMIN,
                () -> eventScheduling.create(
                        draft(EventKind.SEMINAR, "Network seminar " + word, "Open to all.", null, false, 30)));
        index.awaitIndexed();

        expectFound(word, c.outsider(), Role.MEMBER, assembly, seminar);
        expectFound(word, c.member(), Role.MEMBER, assembly, seminar);
        expectFound(word, c.researcher(), Role.RESEARCHER, seminar);
        var asResearcher = as(
                c.researcher(),
                Role.RESEARCHER,
                () -> search.search(SearchRequest.of(word, SearchScope.EVERYTHING), 0, 10));
        assertThat(asResearcher.total())
                .as("totals count only what the researcher may see")
                .isEqualTo(1);
        assertThat(asResearcher.facets().kinds()).extracting(FacetValue::count).containsExactly(1L);
    }

    @Test
    void a_cancelled_event_is_found_by_no_one_a_past_event_still_is() {
        var word = word();
        var cancelled = as(
                c.lead(),
                Role.MEMBER,
                () -> eventScheduling.create(draft(
                        EventKind.WEBCONFERENCE,
                        "Cancelled webconference " + word,
                        "Soon called off.",
                        c.groupId(),
                        false,
                        5)));
        var past = as(
                c.lead(),
                Role.MEMBER,
                () -> eventScheduling.create(draft(
                        EventKind.WEBCONFERENCE,
                        "Past webconference " + word,
                        "Held last month.",
                        c.groupId(),
                        false,
                        -30)));
        index.awaitIndexed();
        expectFound(word, c.outsider(), Role.MEMBER, cancelled, past);

        as(c.lead(), Role.MEMBER, () -> {
            eventScheduling.cancel(cancelled);
            return null;
        });
        index.awaitIndexed();

        expectFound(word, c.outsider(), Role.MEMBER, past);
        expectFound(word, c.researcher(), Role.RESEARCHER, past);
        assertThat(as(c.admin(), Role.ADMIN, () -> eventIds(word)))
                .as("not even the secretariat")
                .containsExactly(past);
    }

    @Test
    void the_research_api_returns_events_with_scope_everything() {
        var word = word();
        var id = as(
                c.admin(),
                Role.ADMIN,
                () -> eventScheduling.create(draft(
                        EventKind.WEBCONFERENCE, "Research webconference " + word, "Findings.", null, false, 14)));
        index.awaitIndexed();
        var http = TestHttp.visitor(port);
        var token = as(c.researcher(), Role.RESEARCHER, () -> tokens.create("Event search test", null))
                .secret();

        var everything = http.get("/api/v1/search?scope=everything&q=" + word, token);
        assertThat(everything.statusCode()).as(everything.body()).isEqualTo(200);
        var hits = json.readTree(everything.body()).get("hits");
        assertThat(hits.size()).isEqualTo(1);
        assertThat(hits.get(0).get("kind").asString()).isEqualTo("EVENT");
        assertThat(hits.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(hits.get(0).get("url").asString()).endsWith("/events/" + id);

        var library = http.get("/api/v1/search?q=" + word, token);
        assertThat(library.statusCode()).as(library.body()).isEqualTo(200);
        assertThat(json.readTree(library.body()).get("total").asLong()).isZero();
    }

    @Test
    void an_index_from_before_events_were_searchable_gets_them_at_start_up() {
        var word = word();
        var id = as(
                c.admin(),
                Role.ADMIN,
                () -> eventScheduling.create(draft(
                        EventKind.WEBCONFERENCE,
                        "Older webconference " + word,
                        "Scheduled before the upgrade.",
                        null,
                        false,
                        3)));
        index.awaitIndexed();
        var workspace = Search.mapping(entityManagerFactory).scope(Event.class).workspace();
        workspace.purge();
        workspace.refresh();
        assertThat(as(c.outsider(), Role.MEMBER, () -> eventIds(word))).isEmpty();

        bootstrap.rebuildIfEmpty();

        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> as(c.outsider(), Role.MEMBER, () -> eventIds(word)).equals(List.of(id)));
    }

    /**
     * The events the person finds by the word are exactly {@code expected}, and the event feature agrees:
     * it shows each found event to them and refuses the others created for the test.
     */
    private void expectFound(String word, long person, Role role, Long... expected) {
        var found = as(person, role, () -> eventIds(word));
        assertThat(found).as("person %d (%s)", person, role).containsExactlyInAnyOrder(expected);
        for (var id : found) {
            assertThat(as(person, role, () -> events.get(id)).id()).isEqualTo(id);
        }
        var all = as(c.admin(), Role.ADMIN, () -> eventIds(word));
        for (var id : all) {
            if (!found.contains(id)) {
                assertThat(as(person, role, () -> mayOpen(id)))
                        .as("event %d for person %d", id, person)
                        .isFalse();
            }
        }
    }

    private boolean mayOpen(long id) {
        try {
            events.get(id);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private List<Long> eventIds(String query) {
        var ids = new ArrayList<Long>();
        SearchServiceTest.matching(search.search(SearchRequest.of(query, SearchScope.EVERYTHING), 0, 50)).stream()
                .filter(h -> h.kind() == ResultKind.EVENT)
                .forEach(h -> ids.add(h.id()));
        return ids;
    }

    /** An online event starting in {@code days} days (negative: in the past), in Paris time. */
    private static EventDraft draft(
            EventKind kind, String title, String description, @Nullable Long groupId, boolean membersOnly, int days) {
        var start = LocalDateTime.now(PARIS).plusDays(days).withNano(0);
        return new EventDraft(
                kind,
                title,
                description,
                start,
                start.plusMinutes(90),
                PARIS,
                null,
                "https://meet.example.org/room-2",
                groupId,
                Set.of(),
                membersOnly,
                null,
                null);
    }
}
