package eu.praxis.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Loads the corpus into the application's schema (created by Flyway) with PostgreSQL COPY: the
 * services would take hours for 100,000 practices, and what is measured is search, not writing.
 * Ids are explicit (so that the corpus is the same in every run); the identity sequences are moved
 * past them at the end.
 */
final class CorpusLoader {

    private final DataSource dataSource;

    CorpusLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return seconds spent */
    double load(Corpus corpus) {
        var started = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            var now = Instant.parse("2026-06-01T08:00:00Z");
            copy(
                    connection,
                    "organisation (id, version, name, kind, country, city, status, joined_on, created_at)",
                    w -> {
                        for (var o : corpus.organisations) {
                            row(
                                    w,
                                    o.id(),
                                    0,
                                    o.name(),
                                    o.kind(),
                                    o.city().country(),
                                    o.city().name(),
                                    "ACTIVE",
                                    "2010-01-01",
                                    now);
                        }
                    });
            copy(
                    connection,
                    "person (id, version, email, name, position, organisation_id, role, status, language, "
                            + "password_hash, created_at, activated_at)",
                    w -> {
                        for (var p : corpus.people) {
                            row(
                                    w,
                                    p.id(),
                                    0,
                                    p.email(),
                                    p.name(),
                                    "Prevention officer",
                                    p.organisationId(),
                                    "MEMBER",
                                    "ACTIVE",
                                    "en",
                                    null,
                                    now,
                                    now);
                        }
                    });
            copy(
                    connection,
                    "working_group (id, version, slug, name, description, join_policy, visible_to_researchers, "
                            + "archived, created_at)",
                    w -> {
                        for (var g : corpus.groups) {
                            row(
                                    w,
                                    g.id(),
                                    0,
                                    g.slug(),
                                    g.name(),
                                    "Working group on " + g.name(),
                                    g.joinPolicy(),
                                    true,
                                    false,
                                    now);
                        }
                    });
            copy(
                    connection,
                    "group_membership (id, version, group_id, person_id, role, status, requested_at, since)",
                    w -> {
                        var id = 1L;
                        for (var m : corpus.memberships) {
                            row(
                                    w,
                                    id++,
                                    0,
                                    m.groupId(),
                                    m.personId(),
                                    m.lead() ? "LEAD" : "MEMBER",
                                    "ACTIVE",
                                    now,
                                    now);
                        }
                    });
            var themeIds = themeIds(connection);
            var themeRows = new StringBuilder();
            var groupRows = new StringBuilder();
            copy(
                    connection,
                    "practice (id, version, type, status, title, slug, summary, city, country, language, "
                            + "period_start, period_end, whole_network, objectives, actions, partners, results, evaluation, "
                            + "contact, body, external_id, author_id, author_organisation_id, created_at, updated_at, "
                            + "published_at)",
                    w -> {
                        for (var id = 1L; id <= corpus.size; id++) {
                            var p = corpus.practice(id);
                            row(
                                    w,
                                    p.id(),
                                    0,
                                    p.sheet() ? "SHEET" : "CASE_STUDY",
                                    p.published() ? "PUBLISHED" : "DRAFT",
                                    p.title(),
                                    p.slug(),
                                    p.summary(),
                                    p.city().name(),
                                    p.city().country(),
                                    p.language(),
                                    p.periodStart(),
                                    p.periodEnd(),
                                    p.wholeNetwork(),
                                    p.objectives(),
                                    p.actions(),
                                    p.partners(),
                                    p.results(),
                                    p.evaluation(),
                                    p.contact(),
                                    p.body(),
                                    null,
                                    p.author().id(),
                                    p.author().organisationId(),
                                    p.createdAt(),
                                    p.createdAt(),
                                    p.published() ? p.createdAt() : null);
                            for (var theme : p.themes()) {
                                themeRows
                                        .append(p.id())
                                        .append(',')
                                        .append(themeIds.get(theme))
                                        .append('\n');
                            }
                            for (var group : p.groupIds()) {
                                groupRows
                                        .append(p.id())
                                        .append(',')
                                        .append(group)
                                        .append('\n');
                            }
                        }
                    });
            copy(connection, "practice_theme (practice_id, theme_id)", w -> write(w, themeRows));
            copy(connection, "practice_group (practice_id, group_id)", w -> write(w, groupRows));
            try (var statement = connection.createStatement()) {
                for (var table :
                        new String[] {"organisation", "person", "working_group", "group_membership", "practice"}) {
                    statement.execute("select setval(pg_get_serial_sequence('" + table
                            + "', 'id'), (select max(id) from " + table + "))");
                }
            }
            connection.commit();
            try (var statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("vacuum analyze");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static Map<String, Long> themeIds(Connection connection) throws SQLException {
        var ids = new HashMap<String, Long>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select code, id from theme")) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getLong(2));
            }
        }
        if (!ids.keySet().containsAll(Corpus.THEMES)) {
            throw new IllegalStateException("The themes of V0002 changed: " + ids.keySet());
        }
        return ids;
    }

    private static void copy(Connection connection, String target, Consumer<Writer> rows) throws SQLException {
        var copy = new PGCopyOutputStream(
                connection.unwrap(PGConnection.class), "copy " + target + " from stdin (format csv)", 1 << 16);
        try (var writer = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
            rows.accept(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Writer writer, CharSequence text) {
        try {
            writer.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV line; null is an empty unquoted field, which COPY reads as NULL. */
    private static void row(Writer writer, @Nullable Object... values) {
        var line = new StringBuilder();
        for (var i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            var value = values[i];
            if (value instanceof String text) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else if (value != null) {
                line.append(value);
            }
        }
        write(writer, line.append('\n'));
    }
}
