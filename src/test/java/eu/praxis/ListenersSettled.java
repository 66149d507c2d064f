package eu.praxis;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Lets the listeners of what a test published finish before the next test starts. Listeners run after commit on
 * other threads; one still telling every member of a call for the whole network would otherwise reach the people the
 * next test has just made and counts on. Publications left incomplete on purpose (a failing listener) are waited for
 * a few seconds only.
 */
class ListenersSettled implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ListenersSettled.class);
    private static final String INCOMPLETE = "select id from event_publication where completion_date is null";

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("before", incomplete(context));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        @SuppressWarnings("unchecked")
        var before = (Set<UUID>) context.getStore(NAMESPACE).get("before", Set.class);
        try {
            await().atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> before.containsAll(incomplete(context)));
        } catch (ConditionTimeoutException leftIncomplete) {
            // a listener that fails on purpose keeps its publication: nothing more to wait for
        }
    }

    private static Set<UUID> incomplete(ExtensionContext context) {
        var jdbc =
                new JdbcTemplate(SpringExtension.getApplicationContext(context).getBean(DataSource.class));
        return new HashSet<>(jdbc.queryForList(INCOMPLETE, UUID.class));
    }
}
