package eu.praxis.notification;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread while counting is on. Per thread rather
 * than Hibernate's global statistics: the search outbox polls every 50 ms in tests and would be counted too.
 */
public class StatementCounter implements StatementInspector {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        var count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
        return sql;
    }

    /** Runs the action and returns how many statements it prepared on this thread. */
    public static int count(Runnable action) {
        COUNT.set(new int[1]);
        try {
            action.run();
            return COUNT.get()[0];
        } finally {
            COUNT.remove();
        }
    }
}
