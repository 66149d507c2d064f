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
            if (sql.stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith("insert")) {
                count[1]++;
            }
        }
        return sql;
    }

    /** How many statements an action prepared, and how many of them were inserts. */
    public record Counted(int statements, int inserts) {}

    /** Runs the action and counts the statements it prepared on this thread. */
    public static Counted count(Runnable action) {
        COUNT.set(new int[2]);
        try {
            action.run();
            var count = COUNT.get();
            return new Counted(count[0], count[1]);
        } finally {
            COUNT.remove();
        }
    }
}
