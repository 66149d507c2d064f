package eu.praxis.project.web;

import static eu.praxis.TestLogins.as;
import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.IntegrationTest;
import eu.praxis.TestHttp;
import eu.praxis.TestPeople;
import eu.praxis.event.EventFixtures;
import eu.praxis.event.EventKind;
import eu.praxis.event.EventScheduling;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.project.PartnerRole;
import eu.praxis.project.ProjectAdministration;
import eu.praxis.project.ProjectDraft;
import eu.praxis.project.ProjectPartner;
import eu.praxis.project.ProjectStatus;
import eu.praxis.search.SearchTestSupport;
import eu.praxis.security.ApiTokenService;
import eu.praxis.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** A researcher finds a project through the global search and reads it through the research API. */
@IntegrationTest
class ProjectApiTest {

    @Autowired
    ProjectAdministration administration;

    @Autowired
    OrganisationService organisations;

    @Autowired
    EventScheduling events;

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
    long projectId;
    long meeting;
    String researcherToken;

    @BeforeEach
    void aProjectWithAMeeting() {
        word = SearchTestSupport.word();
        var lead = as(
                0,
                Role.ADMIN,
                () -> organisations.register(
                        "City of Riga " + word, OrganisationKind.CITY, "LV", "Riga", LocalDate.of(2010, 1, 1)));
        projectId = as(
                0,
                Role.ADMIN,
                () -> administration.create(new ProjectDraft(
                        word.toUpperCase(Locale.ROOT),
                        "Cyber safety of residents",
                        "Digital Europe",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2028, 12, 31),
                        ProjectStatus.IN_PREPARATION,
                        "Cities protect residents online against scams.",
                        "",
                        null,
                        List.of(new ProjectPartner(lead, PartnerRole.LEAD)),
                        Set.of(),
                        Set.of())));
        meeting = as(
                0, Role.ADMIN, () -> events.create(EventFixtures.ofKind(EventKind.COORDINATION_MEETING, null, false)));
        as(0, Role.ADMIN, () -> administration.placeEvent(projectId, meeting, true));
        var researcher = people.person(lead, Role.RESEARCHER);
        researcherToken = as(researcher, Role.RESEARCHER, () -> tokens.create("Project API test", null))
                .secret();
        new SearchTestSupport(dataSource).awaitIndexed();
    }

    @Test
    void a_researcher_finds_the_project_by_its_acronym_beside_the_events_that_name_it() {
        var draft = EventFixtures.ofKind(EventKind.CONFERENCE, null, false);
        as(
                0,
                Role.ADMIN,
                () -> events.create(new eu.praxis.event.EventDraft(
                        draft.kind(),
                        word.toUpperCase(Locale.ROOT) + " final conference",
                        "Part of the " + word.toUpperCase(Locale.ROOT) + " project.",
                        draft.start(),
                        draft.end(),
                        draft.timeZone(),
                        draft.place(),
                        draft.onlineLink(),
                        null,
                        Set.of(),
                        false,
                        null,
                        null)));
        new SearchTestSupport(dataSource).awaitIndexed();

        var response = TestHttp.visitor(port).get("/api/v1/search?scope=everything&q=" + word, researcherToken);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var hits = json.readTree(response.body()).get("hits");
        assertThat(hits.size()).as(response.body()).isEqualTo(2);
        var project = hits.get(0);
        assertThat(project.get("kind").asString())
                .as("the acronym is the project's name: it comes before the event that names it")
                .isEqualTo("PROJECT");
        assertThat(project.get("id").asLong()).isEqualTo(projectId);
        assertThat(project.get("url").asString()).endsWith("/projects/" + projectId);
        assertThat(hits.get(1).get("kind").asString()).isEqualTo("EVENT");
    }

    @Test
    void the_api_lists_and_gives_projects_with_partners_and_timeline() {
        var http = TestHttp.visitor(port);
        var list = http.get("/api/v1/projects?status=IN_PREPARATION&country=LV", researcherToken);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        var ids = json.readTree(list.body())
                .valueStream()
                .map(p -> p.get("id").asLong())
                .toList();
        assertThat(ids).contains(projectId);

        var one = http.get("/api/v1/projects/" + projectId, researcherToken);
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        var project = json.readTree(one.body());
        assertThat(project.get("partners").get(0).get("role").asString()).isEqualTo("LEAD");
        assertThat(project.get("timeline").get(0).get("id").asLong()).isEqualTo(meeting);
        assertThat(project.get("url").asString()).endsWith("/projects/" + projectId);

        assertThat(http.get("/api/v1/projects?status=FINISHED", researcherToken).statusCode())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/projects/" + Long.MAX_VALUE, researcherToken)
                        .statusCode())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/projects").statusCode()).as("no token").isEqualTo(401);
    }
}
