package eu.praxis.search;

import static eu.praxis.practice.PracticeFixtures.as;
import static eu.praxis.practice.PracticeFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eu.praxis.IntegrationTest;
import eu.praxis.WithNewPerson;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.OrganisationFilter;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeFixtures;
import eu.praxis.security.Role;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Index changes are rows in the database, committed with the data, not work in memory: while the event
 * processor cannot run (here: blocked on its agent row, as if the node were down), a committed change waits in
 * {@code hsearch_outbox_event} and is not yet searchable; as soon as processing resumes, it is applied. A
 * restarted node (or another node) resumes in exactly this way, reading the same table.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
class OutboxTest {

    @Autowired
    PracticeEditing practices;

    @Autowired
    SearchService search;

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
    DataSource dataSource;

    @Test
    void a_committed_change_waits_in_the_outbox_until_processing_resumes() throws Exception {
        var index = new SearchTestSupport(dataSource);
        var organisation = organisations
                .find(OrganisationFilter.any(), PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id();
        var author = new PracticeFixtures(members, groups, groupMembership, groupAdministration)
                .person(organisation, Role.MEMBER);
        var word = SearchTestSupport.word();
        index.awaitIndexed();
        var jdbc = new JdbcTemplate(dataSource);
        try (var blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("lock table hsearch_agent in exclusive mode");
            // the processor's next pulse (every 500 ms in tests) now waits for the lock
            await().pollInSameThread()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject("""
                    select count(*) from pg_locks l join pg_class c on c.oid = l.relation
                    where c.relname = 'hsearch_agent' and not l.granted""", Long.class) > 0);

            var id = as(author, () -> {
                var created = practices.create(sheet(word + " outbox", Set.of(), Set.of(), true));
                practices.publish(created);
                return created;
            });
            assertThat(index.pendingEvents()).isPositive();
            assertThat(ids(word)).isEmpty();

            blocker.rollback();
            await().pollInSameThread()
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> ids(word).contains(id));
            index.awaitIndexed();
            assertThat(ids(word)).containsExactly(id);
        }
    }

    private java.util.List<Long> ids(String query) {
        return search.search(SearchRequest.of(query, SearchScope.LIBRARY), 0, 10).hits().stream()
                .map(SearchHit::id)
                .toList();
    }
}
