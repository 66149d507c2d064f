package eu.praxis.publication.web;

import static eu.praxis.call.CallFixtures.as;
import static eu.praxis.call.CallFixtures.city;
import static eu.praxis.call.CallFixtures.person;
import static eu.praxis.publication.PublicationFixtures.draft;
import static eu.praxis.publication.PublicationFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.IntegrationTest;
import eu.praxis.TestHttp;
import eu.praxis.TestPeople;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.publication.PublicationAdministration;
import eu.praxis.publication.PublicationPaths;
import eu.praxis.publication.PublicationVisibility;
import eu.praxis.security.ApiTokenService;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public and members-only publications over real HTTP (DD030): a public publication's page and file without login,
 * every other file only after login and only for those who may read it, and the research API with the same rules.
 */
@IntegrationTest
class PublicationHttpTest {

    @Autowired
    PublicationAdministration administration;

    @Autowired
    OrganisationService organisations;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupDirectory groups;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    TestPeople people;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    PraxisUser secretary;
    long publicId;
    long publicFile;
    long networkId;
    long networkFile;
    long groupId;
    long groupFile;

    @BeforeEach
    void publications() {
        secretary = person(people, city(organisations, "Secretariat"), Role.ADMIN);
        var group = RunAs.person(
                0,
                Role.ADMIN,
                () -> groups.get(groupAdministration.create(
                                new NewGroup("Publishers " + UUID.randomUUID(), "A group.", JoinPolicy.OPEN, false)))
                        .id());
        publicId = create(draft("Manifesto of cities", "en", PublicationVisibility.PUBLIC, Set.of()));
        publicFile = attach(publicId, "We the cities", "manifesto.pdf");
        networkId = create(draft("Guidebook", "en", PublicationVisibility.NETWORK, Set.of()));
        networkFile = attach(networkId, "For members", "guidebook.pdf");
        groupId = create(draft("Group report", "en", PublicationVisibility.GROUPS, Set.of(group)));
        groupFile = attach(groupId, "For the group", "report.pdf");
    }

    @Test
    void a_visitor_gets_a_public_file_and_is_sent_to_the_login_page_for_any_other() {
        var visitor = TestHttp.visitor(port);

        var file = visitor.get("/" + PublicationPaths.file(publicFile));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment")
                .contains("manifesto.pdf");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(file.body()).startsWith("%PDF");

        for (var hidden : new long[] {networkFile, groupFile, Long.MAX_VALUE}) {
            var refused = visitor.get("/" + PublicationPaths.file(hidden));
            assertThat(refused.statusCode()).as("file %d", hidden).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/login");
            assertThat(refused.body()).doesNotContain("%PDF");
        }

        assertThat(visitor.get("/" + PublicationPaths.publicPage(publicId)).statusCode())
                .isEqualTo(200);
        var membersPage = visitor.get("/" + PublicationPaths.publication(networkId));
        assertThat(membersPage.statusCode()).isEqualTo(302);
        assertThat(membersPage.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void a_member_gets_the_network_file_but_not_the_file_of_a_group_they_are_not_in() {
        var account = people.account(Role.MEMBER);
        var member = TestHttp.loggedIn(port, account.email(), TestPeople.PASSWORD);

        assertThat(member.get("/" + PublicationPaths.file(publicFile)).statusCode())
                .isEqualTo(200);
        var network = member.get("/" + PublicationPaths.file(networkFile));
        assertThat(network.statusCode()).isEqualTo(200);
        assertThat(network.body()).startsWith("%PDF");
        var group = member.get("/" + PublicationPaths.file(groupFile));
        assertThat(group.statusCode()).isEqualTo(404);
        assertThat(group.body()).doesNotContain("%PDF");
        assertThat(member.get("/" + PublicationPaths.FILES + "/not-a-number").statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_research_api_lists_what_the_researcher_may_read() {
        var researcher = person(people, city(organisations, "University"), Role.RESEARCHER);
        var token =
                as(researcher, () -> tokens.create("Publication test", null)).secret();
        var http = TestHttp.visitor(port);

        var list = http.get("/api/v1/publications?type=GUIDEBOOK", token);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(json.readTree(list.body()).valueStream().map(p -> p.get("id").asLong()))
                .contains(publicId, networkId)
                .doesNotContain(groupId);
        var one = json.readTree(
                http.get("/api/v1/publications/" + networkId, token).body());
        assertThat(one.get("language").asString()).isEqualTo("en");
        assertThat(one.get("files").get(0).get("url").asString()).endsWith("/" + PublicationPaths.file(networkFile));
        assertThat(http.get("/api/v1/publications/" + groupId, token).statusCode())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/publications?type=POSTER", token).statusCode())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/publications").statusCode()).as("no token").isEqualTo(401);
    }

    private long create(eu.praxis.publication.PublicationDraft draft) {
        return as(secretary, () -> administration.create(draft));
    }

    private long attach(long publicationId, String text, String fileName) {
        return as(
                        secretary,
                        () -> administration.attachFile(publicationId, new ByteArrayInputStream(pdf(text)), fileName))
                .id();
    }
}
