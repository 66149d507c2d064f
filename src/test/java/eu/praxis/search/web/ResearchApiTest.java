package eu.praxis.search.web;

import static eu.praxis.practice.PracticeFixtures.as;
import static eu.praxis.practice.PracticeFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.IntegrationTest;
import eu.praxis.TestHttp;
import eu.praxis.WithNewPerson;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.OrganisationFilter;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeFixtures;
import eu.praxis.practice.PracticeFixtures.Who;
import eu.praxis.search.SearchParameters;
import eu.praxis.search.SearchRequest;
import eu.praxis.search.SearchScope;
import eu.praxis.search.SearchService;
import eu.praxis.search.SearchTestSupport;
import eu.praxis.security.ApiProperties;
import eu.praxis.security.ApiTokenService;
import eu.praxis.security.Role;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The research API over HTTP with personal tokens: the same results as the search service gives the token's
 * owner, nothing the owner may not see (in results or by id), and JSON for every odd query.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
class ResearchApiTest {

    @Autowired
    SearchService search;

    @Autowired
    PracticeEditing practices;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    MemberService members;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JsonMapper json;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApiProperties api;

    @Value("${praxis.base-url}")
    String baseUrl;

    @LocalServerPort
    int port;

    TestHttp http;
    PracticeFixtures fixtures;
    Who author;
    Who member;
    Who outsider;
    Who researcher;
    String word;
    long privatePractice;
    long researcherPractice;

    /**
     * One practice shared only in an invite-only group (author and member are in it), one in a group open to
     * researchers; both titles carry a word no other practice has.
     */
    @BeforeEach
    void twoPracticesInTwoGroups() {
        http = TestHttp.visitor(port);
        fixtures = new PracticeFixtures(members, groups, groupMembership, groupAdministration);
        var two = organisations
                .find(OrganisationFilter.any(), PageRequest.of(0, 2))
                .getContent();
        author = fixtures.person(two.get(0).id(), Role.MEMBER);
        member = fixtures.person(two.get(1).id(), Role.MEMBER);
        outsider = fixtures.person(two.get(1).id(), Role.MEMBER);
        researcher = fixtures.person(two.get(1).id(), Role.RESEARCHER);
        var privateGroup = fixtures.group(JoinPolicy.INVITE_ONLY, false);
        var researcherGroup = fixtures.group(JoinPolicy.INVITE_ONLY, true);
        groupMembership.addMember(privateGroup.id(), author.id());
        groupMembership.addMember(privateGroup.id(), member.id());
        groupMembership.addMember(researcherGroup.id(), author.id());
        word = uniqueWord();
        privatePractice = published("Night mediators of " + word, privateGroup.id());
        researcherPractice = published("Street lighting audit of " + word, researcherGroup.id());
        new SearchTestSupport(dataSource).awaitIndexed();
    }

    @Test
    void each_token_finds_what_its_owner_may_see_and_the_same_total_as_the_search_service() {
        var expected = Map.of(
                member,
                Set.of(privatePractice),
                outsider,
                Set.<Long>of(),
                researcher,
                Set.of(researcherPractice),
                author,
                Set.of(privatePractice, researcherPractice));

        for (var entry : expected.entrySet()) {
            var who = entry.getKey();
            var page = api(who, "/api/v1/search?q=" + word);

            assertThat(ids(page)).as("%s", who).containsExactlyInAnyOrderElementsOf(entry.getValue());
            var service = as(who, () -> search.search(SearchRequest.of(word, SearchScope.LIBRARY), 0, 20));
            assertThat(page.get("fullMatches").asLong())
                    .as("%s", who)
                    .isEqualTo(entry.getValue().size())
                    .isEqualTo(service.fullMatches());
            assertThat(page.get("total").asLong()).as("%s", who).isEqualTo(service.total());
        }
    }

    @Test
    void the_total_of_a_blank_search_is_the_search_services_and_pages_cut_it() {
        var total = as(
                researcher,
                () -> search.search(SearchRequest.of("", SearchScope.LIBRARY), 0, 1)
                        .total());

        var first = api(researcher, "/api/v1/search?size=3");

        assertThat(first.get("total").asLong()).isEqualTo(total).isGreaterThan(3);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(3);
        assertThat(first.get("hits").size()).isEqualTo(3);
        var second = api(researcher, "/api/v1/search?size=3&page=1");
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
        assertThat(first.get("facets").has("kinds")).isTrue();
    }

    @Test
    void a_hit_carries_its_fields_and_an_absolute_permalink() {
        var hit = api(member, "/api/v1/search?q=" + word).get("hits").get(0);

        assertThat(hit.get("kind").asString()).isEqualTo("SHEET");
        assertThat(hit.get("id").asLong()).isEqualTo(privatePractice);
        assertThat(hit.get("title").asString()).isEqualTo("Night mediators of " + word);
        assertThat(hit.get("url").asString()).startsWith(baseUrl + "/").contains("/" + privatePractice);
        assertThat(hit.get("country").asString()).isEqualTo("IT");
        assertThat(hit.has("snippetHtml")).isTrue();
        assertThat(hit.has("score")).isTrue();
    }

    @Test
    void a_practice_by_id_only_for_those_who_may_see_it() {
        var shown = api(member, "/api/v1/practices/" + privatePractice);
        assertThat(shown.get("title").asString()).isEqualTo("Night mediators of " + word);
        assertThat(shown.get("url").asString()).startsWith(baseUrl + "/practices/" + privatePractice + "/");
        assertThat(shown.get("objectives").asString()).isEqualTo("Reduce noise at night.");

        for (var who : List.of(outsider, researcher)) {
            var refused = http.get("/api/v1/practices/" + privatePractice, token(who));
            assertProblem(refused, 404);
            assertThat(refused.body()).doesNotContain(word);
        }
        assertProblem(http.get("/api/v1/practices/" + Long.MAX_VALUE, token(member)), 404);
        assertProblem(http.get("/api/v1/practices/not-a-number", token(member)), 400);
        assertThat(api(researcher, "/api/v1/practices/" + researcherPractice)
                        .get("id")
                        .asLong())
                .isEqualTo(researcherPractice);
    }

    /**
     * Issue 19, part 5 (DD032): the practice, its version's address and the export name the same version, with a
     * citation that carries its stable address; a reader asking for an older version gets the current one.
     */
    @Test
    void the_practice_its_versions_address_and_the_export_cite_the_same_version() {
        var shown = api(member, "/api/v1/practices/" + privatePractice);
        var versionUrl = baseUrl + "/practices/" + privatePractice + "/v/2";
        assertThat(shown.get("version").asInt()).isEqualTo(2);
        assertThat(shown.get("versionUrl").asString()).isEqualTo(versionUrl);
        assertThat(shown.get("updatedAt").asString()).isNotBlank();
        assertThat(shown.get("authorName").asString()).isNotBlank();
        assertThat(shown.get("organisationName").asString()).isNotBlank();
        assertThat(shown.get("evidenceLevel").isNull()).isTrue();
        var apa = shown.get("citation").get("apa").asString();
        assertThat(apa)
                .isEqualTo(shown.get("organisationName").asString() + " ("
                        + shown.get("updatedAt").asString().substring(0, 4) + "). Night mediators of " + word
                        + " (version 2). Praxis. " + versionUrl);
        assertThat(shown.get("citation").get("bibtex").asString())
                .contains("@misc{praxis-practice-" + privatePractice + "-v2,", "version = {2},", versionUrl);

        assertThat(api(member, "/api/v1/practices/" + privatePractice + "/v/2")).isEqualTo(shown);
        // a reader never gets an older text: the current version, which says which it is
        assertThat(api(member, "/api/v1/practices/" + privatePractice + "/v/1")
                        .get("version")
                        .asInt())
                .isEqualTo(2);
        assertProblem(http.get("/api/v1/practices/" + privatePractice + "/v/3", token(member)), 404);
        assertProblem(http.get("/api/v1/practices/" + privatePractice + "/v/2", token(outsider)), 404);

        var exported = http.get("/api/v1/search/export.json?q=" + word, token(member));
        assertThat(exported.statusCode()).isEqualTo(200);
        var row = json.readTree(exported.body()).get(0);
        assertThat(row.get("id").asLong()).isEqualTo(privatePractice);
        assertThat(row.get("version").asInt()).isEqualTo(2);
        assertThat(row.get("citation").get("apa").asString()).isEqualTo(apa);
    }

    /** One test over all of them, as each would otherwise build the people, groups and practices again. */
    @Test
    void odd_queries_answer_with_results_or_none() {
        var requests = 0;
        for (var query : List.of(
                "q=%22",
                "q=*",
                "q=(((",
                "q=-",
                "q=%22%20OR",
                "q=%00",
                "q=%5C",
                "q=AND%20OR%20NOT",
                "q=title:x~2%5E3",
                "q=%3Cscript%3E",
                "q=" + word + "%22%20-%20%7C%20*",
                "kind=DROP%20TABLE",
                "year=99999",
                "theme=abc",
                "group=-1",
                "country=%27",
                "lang=xx",
                "sort=%3B",
                "scope=everything&kind=THREAD",
                "q=a&q=b&q=c",
                "unknown=1")) {
            // more requests than one token's burst: a fresh token now and then, or the limit would answer
            if (++requests % api.rateLimit().burst() == 0) {
                secrets.remove(researcher);
            }
            var page = api(researcher, "/api/v1/search?" + query);

            assertThat(page.get("total").asLong()).as(query).isGreaterThanOrEqualTo(0);
            assertThat(page.get("hits").isArray()).as(query).isTrue();
        }
    }

    @Test
    void a_query_longer_than_the_limit_still_answers() {
        var page = api(researcher, "/api/v1/search?q=" + "night%20".repeat(SearchParameters.MAX_QUERY_LENGTH));

        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void page_sizes_and_numbers_out_of_bounds_are_problems() {
        for (var query : List.of("size=101", "size=0", "page=-1", "page=5000&size=100", "size=ten")) {
            assertProblem(http.get("/api/v1/search?" + query, token(researcher)), 400);
        }
    }

    /** Tomcat refuses such a query string only when the parameters are read: it was a 500 with a stack trace. */
    @Test
    void a_malformed_percent_encoding_is_a_bad_request_problem() {
        for (var path : List.of("/api/v1/search", "/api/v1/search/export.csv")) {
            for (var query : List.of("q=%FF", "q=%", "q=%zz", "country=%ED%A0%80")) {
                var answer = http.raw("GET", path + "?" + query, "Authorization: Bearer " + token(researcher));

                assertThat(answer.status()).as(path + "?" + query).isEqualTo(400);
                assertThat(answer.headers().get("content-type"))
                        .as(path + "?" + query)
                        .startsWith("application/problem+json");
                assertThat(answer.body()).contains("\"status\":400");
            }
            secrets.remove(researcher); // eight requests each: below the burst of a fresh token
        }
    }

    /** The API only reads: other methods are 405 problems, not a redirect to the login page. */
    @Test
    void write_methods_with_a_valid_token_are_method_not_allowed() {
        for (var method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            for (var path : List.of("/api/v1/search", "/api/v1/practices/" + privatePractice)) {
                var answer = http.raw(method, path, "Authorization: Bearer " + token(member));

                assertThat(answer.status()).as(method + " " + path).isEqualTo(405);
                assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
            }
        }
    }

    /** Past Tomcat's 8 KB of request line and headers, a problem too rather than Tomcat's HTML page. */
    @Test
    void an_address_longer_than_the_server_takes_is_a_problem() {
        var answer = http.raw(
                "GET", "/api/v1/search?q=" + "night".repeat(2_000), "Authorization: Bearer " + token(researcher));

        assertThat(answer.status()).isIn(400, 414);
        assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
    }

    // --- helpers ------------------------------------------------------------------------------------

    private final Map<Who, String> secrets = new java.util.HashMap<>();

    private String token(Who who) {
        return secrets.computeIfAbsent(
                who, w -> as(w, () -> tokens.create("Research API test", null)).secret());
    }

    private JsonNode api(Who who, String path) {
        var response = http.get(path, token(who));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        return json.readTree(response.body());
    }

    /** The hits that match the query (those that match only part of it, which may follow, left out). */
    private static List<Long> ids(JsonNode page) {
        var ids = new ArrayList<Long>();
        page.get("hits").forEach(hit -> ids.add(hit.get("id").asLong()));
        return ids.subList(0, (int) Math.min(ids.size(), page.get("fullMatches").asLong()));
    }

    private long published(String title, long groupId) {
        var id = as(author, () -> practices.create(sheet(title, Set.of(), Set.of(groupId), false)));
        as(author, () -> practices.publish(id));
        return id;
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).contains("\"detail\":");
    }

    /** Letters only, so that every analyzer keeps it as one word. */
    private static String uniqueWord() {
        var word = new StringBuilder("Quokka");
        for (var c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }
}
