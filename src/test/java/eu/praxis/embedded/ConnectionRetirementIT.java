package eu.praxis.embedded;

import static eu.praxis.practice.PracticeFixtures.as;
import static eu.praxis.practice.PracticeFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import eu.praxis.WithNewPerson;
import eu.praxis.discussion.DiscussionPosting;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeFixtures;
import eu.praxis.search.SearchHit;
import eu.praxis.search.SearchRequest;
import eu.praxis.search.SearchScope;
import eu.praxis.search.SearchService;
import eu.praxis.search.SearchTestSupport;
import eu.praxis.security.Role;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default run stopped accepting writes about 25 minutes after its first start: H2 2.4.240 evaluates a
 * {@code CHECK (x IN (...))} constraint with the session that created it, so once the pool retired the connection
 * Flyway had migrated with (Hikari's 30-minute lifetime), every insert into the search outbox failed with "The
 * database has been closed". This retires every pooled connection at once, then writes and searches.
 */
@EmbeddedDatabaseTest
@WithNewPerson(Role.ADMIN)
class ConnectionRetirementIT {

    @Autowired
    OrganisationFixtures organisationFixtures;

    @Autowired
    DataSource dataSource;

    @Autowired
    PracticeEditing practices;

    @Autowired
    DiscussionReading discussions;

    @Autowired
    DiscussionPosting posting;

    @Autowired
    SearchService search;

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

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String username;

    @Test
    void writes_and_search_go_on_after_the_pool_retired_the_connection_that_migrated_the_schema() throws Exception {
        var jdbc = new JdbcTemplate(dataSource);
        // a connection outside the pool keeps the database open, as the pool's own connections do in the default run
        // (when the last session closes, H2 closes the database and a reopening would hide the failure)
        try (Connection keepOpen = DriverManager.getConnection(url, username, "")) {
            var sessionsBefore = new HashSet<>(sessions(jdbc));
            sessionsBefore.remove(sessionOf(keepOpen));

            dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> sessions(jdbc).stream().noneMatch(sessionsBefore::contains));

            var fixtures = new PracticeFixtures(members, groups, groupMembership, groupAdministration);
            var organisation = organisationFixtures.city();
            var author = fixtures.person(organisation, Role.MEMBER);
            var group = fixtures.group(JoinPolicy.OPEN, false);
            groupMembership.addMember(group.id(), author.id());
            var word = "retired" + UUID.randomUUID().toString().substring(0, 8);

            var practice =
                    as(author, () -> practices.create(sheet(word + " night mediators", Set.of(), Set.of(), true)));
            as(author, () -> practices.publish(practice));
            var thread = as(author, () -> posting.startThread(group.id(), word + " thread", "Who funds them?"));
            as(author, () -> posting.reply(thread, "The tourist tax, " + word + "."));
            new SearchTestSupport(dataSource).awaitIndexed();

            var found = as(author, () -> search.search(SearchRequest.of(word, SearchScope.EVERYTHING), 0, 10))
                    .hits();
            assertThat(found).extracting(SearchHit::title).contains(word + " night mediators", word + " thread");
        }
    }

    private static java.util.List<Long> sessions(JdbcTemplate jdbc) {
        return jdbc.queryForList("select session_id from information_schema.sessions", Long.class);
    }

    private static long sessionOf(Connection connection) throws Exception {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("select session_id()")) {
            result.next();
            return result.getLong(1);
        }
    }
}
