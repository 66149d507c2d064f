package eu.praxis.call;

import static eu.praxis.call.CallFixtures.as;
import static eu.praxis.call.CallFixtures.city;
import static eu.praxis.call.CallFixtures.draft;
import static eu.praxis.call.CallFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.praxis.IntegrationTest;
import eu.praxis.TestHttp;
import eu.praxis.TestPeople;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.notification.NotificationItem;
import eu.praxis.notification.NotificationKind;
import eu.praxis.notification.NotificationService;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.search.SearchRequest;
import eu.praxis.search.SearchScope;
import eu.praxis.search.SearchService;
import eu.praxis.search.SearchTestSupport;
import eu.praxis.security.ApiTokenService;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls reach people: the members of the groups concerned are told, the global search and the research API find a
 * call for exactly those who may read it (a call for groups: their members; a call for the network: everyone).
 */
@IntegrationTest
class CallReachTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired
    CallAdministration administration;

    @Autowired
    OrganisationService organisations;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    NotificationService notifications;

    @Autowired
    SearchService search;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestPeople people;

    @Autowired
    JsonMapper json;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    String word;
    long groupId;
    PraxisUser member;
    PraxisUser outsider;
    PraxisUser researcher;

    @BeforeEach
    void aGroupWithAMember() {
        word = SearchTestSupport.word();
        var city = city(organisations, "City of Reach");
        member = person(people, city, Role.MEMBER);
        outsider = person(people, city, Role.MEMBER);
        researcher = person(people, city, Role.RESEARCHER);
        groupId = RunAs.person(0, Role.ADMIN, () -> {
            var slug = groupAdministration.create(new NewGroup(
                    "Reach " + UUID.randomUUID(), "Calls reach its members.", JoinPolicy.INVITE_ONLY, true));
            var id = groups.get(slug).id();
            groupMembership.addMember(id, member.personId());
            return id;
        });
    }

    @Test
    void a_call_for_a_group_tells_its_members_and_is_found_by_them_only() {
        var callId = publish("Partners for night mediation " + word, Set.of(groupId));

        var told = await().atMost(Duration.ofSeconds(30)).until(() -> notificationsOf(member), list -> !list.isEmpty());
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.NEW_CALL);
            assertThat(n.permalink()).isEqualTo(CallPaths.call(callId));
        });
        assertThat(notificationsOf(outsider)).isEmpty();

        new SearchTestSupport(dataSource).awaitIndexed();
        assertThat(found(member)).containsExactly(callId);
        assertThat(found(outsider)).as("not a member of the group").isEmpty();
        assertThat(found(researcher))
                .as("calls for groups are the members' business")
                .isEmpty();
        var http = TestHttp.visitor(port);
        assertThat(http.get("/api/v1/calls/" + callId, token(outsider)).statusCode())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/calls/" + callId, token(member)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_call_for_the_network_is_told_to_every_member_found_by_everyone_and_listed_by_the_api() throws Exception {
        var callId = publish("Experts for a peer review " + word, Set.of());

        var told =
                await().atMost(Duration.ofSeconds(30)).until(() -> notificationsOf(outsider), list -> !list.isEmpty());
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.NEW_CALL);
            assertThat(n.permalink()).isEqualTo(CallPaths.call(callId));
        });
        assertThat(notificationsOf(member)).as("in a group, told once").hasSize(1);
        assertThat(notificationsOf(researcher))
                .as("researchers do not answer calls")
                .isEmpty();
        new SearchTestSupport(dataSource).awaitIndexed();
        assertThat(found(researcher)).containsExactly(callId);
        assertThat(found(outsider)).containsExactly(callId);

        var http = TestHttp.visitor(port);
        var list = http.get("/api/v1/calls?kind=PARTNERS", token(researcher));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(json.readTree(list.body()).valueStream().map(c -> c.get("id").asLong()))
                .contains(callId);
        var one = json.readTree(
                http.get("/api/v1/calls/" + callId, token(researcher)).body());
        assertThat(one.get("title").asString()).contains(word);
        assertThat(one.get("open").asBoolean()).isTrue();
        assertThat(one.get("timeZone").asString()).isEqualTo("Europe/Brussels");
        assertThat(http.get("/api/v1/calls?kind=SPONSORS", token(researcher)).statusCode())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/calls").statusCode()).as("no token").isEqualTo(401);
    }

    private long publish(String title, Set<Long> groupIds) {
        return RunAs.person(
                0,
                Role.ADMIN,
                () -> administration.create(
                        draft(title, LocalDateTime.now(BRUSSELS).plusDays(20).withNano(0), BRUSSELS, groupIds)));
    }

    private List<NotificationItem> notificationsOf(PraxisUser who) {
        return as(who, () -> notifications.mine(PageRequest.of(0, 20)).getContent());
    }

    private List<Long> found(PraxisUser who) {
        return as(
                who,
                () -> search.search(SearchRequest.of(word, SearchScope.EVERYTHING), 0, 10).hits().stream()
                        .map(hit -> hit.id())
                        .toList());
    }

    private String token(PraxisUser who) {
        return as(who, () -> tokens.create("Call reach test", null)).secret();
    }
}
