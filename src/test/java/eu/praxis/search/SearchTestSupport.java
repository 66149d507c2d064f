package eu.praxis.search;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Index changes reach the index asynchronously through the outbox (DD011): tests wait until no event is
 * pending, i.e. until every committed change has been applied to the index.
 */
public final class SearchTestSupport {

    private final JdbcTemplate jdbc;

    public SearchTestSupport(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    long pendingEvents() {
        var count = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
        return count == null ? 0 : count;
    }

    public void awaitIndexed() {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> pendingEvents() == 0);
        // the processor deletes an event once its work is written; the reader sees it at the next refresh
        await().pollDelay(Duration.ofMillis(150)).atMost(Duration.ofSeconds(1)).until(() -> true);
    }

    private static final java.util.Random RANDOM = new java.util.Random();

    /**
     * A made-up word that no document contains and that no analyser relates to another such word (consonants
     * only, no digits, random from its first letter: the cognates compare the first five letters, which a fixed
     * beginning would leave too few combinations to tell the words of one test run apart): a test finds exactly what it
     * wrote with it.
     */
    public static String word() {
        var letters = "bcdfgkmpqvwxz";
        var word = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            word.append(letters.charAt(RANDOM.nextInt(letters.length())));
        }
        return word.toString();
    }
}
