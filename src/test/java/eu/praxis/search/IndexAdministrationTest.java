package eu.praxis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import eu.praxis.IntegrationTest;
import eu.praxis.WithNewPerson;
import eu.praxis.security.Role;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Rebuilding the index: for the secretariat only, in the background, with progress up to the total. */
@IntegrationTest
class IndexAdministrationTest {

    @Autowired
    SearchIndexAdmin admin;

    @Autowired
    SearchService search;

    @Autowired
    DataSource dataSource;

    @Test
    @WithNewPerson(Role.ADMIN)
    void a_rebuild_reports_progress_up_to_the_total_and_search_keeps_working() {
        new SearchTestSupport(dataSource).awaitIndexed();
        var before = search.search(SearchRequest.of("", SearchScope.EVERYTHING), 0, 1)
                .total();
        var started = admin.startRebuild();
        assertThat(started.running()).isTrue();
        assertThat(started.startedAt()).isNotNull();
        // searching during a rebuild works (it may find only part of the library until the rebuild ends)
        assertThat(search.search(SearchRequest.of("", SearchScope.EVERYTHING), 0, 1)
                        .total())
                .isLessThanOrEqualTo(before);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(120))
                .until(() -> !admin.status().running());
        var done = admin.status();
        assertThat(done.failure()).isNull();
        assertThat(done.total()).isGreaterThanOrEqualTo(before);
        assertThat(done.done()).isEqualTo(done.total());
        assertThat(done.finishedAt()).isNotNull();
        // every document once: the same total as before
        assertThat(search.search(SearchRequest.of("", SearchScope.EVERYTHING), 0, 1)
                        .total())
                .isEqualTo(before);
    }

    @Test
    @WithNewPerson(language = "fr")
    void members_may_not_rebuild() {
        assertThatThrownBy(() -> admin.startRebuild()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.status()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void visitors_may_not_search() {
        assertThatThrownBy(() -> search.search(SearchRequest.of("x", SearchScope.LIBRARY), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }
}
