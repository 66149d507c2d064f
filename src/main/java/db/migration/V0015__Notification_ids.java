package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Notifications take their ids from a sequence that hands out 50 at a time, so that one fan-out inserts its
 * notifications in JDBC batches (DD026). The sequence starts above the ids given so far; Hibernate's pooled
 * optimizer takes the 50 ids below each value it reads. In Java because PostgreSQL and H2 share no way of starting
 * a sequence at a computed value.
 */
public class V0015__Notification_ids extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        long highest;
        try (var statement = context.getConnection().createStatement();
                var rows = statement.executeQuery("select coalesce(max(id), 0) from notification")) {
            rows.next();
            highest = rows.getLong(1);
        }
        try (var statement = context.getConnection().createStatement()) {
            statement.execute("create sequence notification_ids start with " + (highest + 50) + " increment by 50");
        }
    }
}
