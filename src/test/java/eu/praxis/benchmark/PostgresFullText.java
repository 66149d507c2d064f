package eu.praxis.benchmark;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The same searches with PostgreSQL full-text search: a stored generated {@code tsvector} column built
 * with the practice's own language configuration (title weight A, summary B, the other texts C) and
 * a GIN index, created only in the benchmark's database. A query is parsed with
 * {@code websearch_to_tsquery} in each language and matches a practice through its own language, as
 * the search index matches the practice's language fields; ranking by {@code ts_rank_cd}. One
 * statement returns the first page (with the columns a result line shows), the total and the facet
 * counts, under the same permission and facet filters as the service. Not done (in PostgreSQL's
 * favour): snippets ({@code ts_headline}) and the service's separate multi-select facet counts.
 */
final class PostgresFullText implements SearchPath {

    private static final Map<String, String> CONFIGS =
            Map.of("en", "english", "fr", "french", "de", "german", "es", "spanish", "it", "italian", "nl", "dutch");

    /** The other texts in one string (concat_ws is not immutable, a generated column needs immutable). */
    private static final String REST = Stream.of("objectives", "actions", "partners", "results", "evaluation", "body")
            .map(c -> "coalesce(" + c + ", '')")
            .collect(Collectors.joining(" || ' ' || "));

    private final DataSource dataSource;
    private final Map<String, Long> themeIds;
    private final Permissions permissions;
    private final String sql;

    PostgresFullText(DataSource dataSource, Map<String, Long> themeIds, Permissions permissions) {
        this.dataSource = dataSource;
        this.themeIds = themeIds;
        this.permissions = permissions;
        sql = statement();
    }

    /** Adds the column and the index; @return seconds spent (the PostgreSQL counterpart of indexing). */
    static double prepare(DataSource dataSource) {
        var started = System.nanoTime();
        var perLanguage = Corpus.LANGUAGES.stream()
                .map(l -> {
                    var c = "'" + CONFIGS.get(l) + "'";
                    return "when '" + l + "' then setweight(to_tsvector(" + c
                            + ", title), 'A') || setweight(to_tsvector(" + c
                            + ", summary), 'B') || setweight(to_tsvector(" + c + ", " + REST + "), 'C')";
                })
                .collect(Collectors.joining(" "));
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute("alter table practice add column bench_fts tsvector generated always as (case language "
                    + perLanguage + " end) stored");
            statement.execute("create index practice_bench_fts_idx on practice using gin (bench_fts)");
            statement.execute("vacuum analyze practice");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    @Override
    public String name() {
        return "PostgreSQL FTS";
    }

    @Override
    public Outcome run(BenchQuery query) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(sql)) {
            var i = 1;
            for (var language : Corpus.LANGUAGES) {
                statement.setString(i++, query.text());
            }
            statement.setArray(
                    i++,
                    connection.createArrayOf(
                            "bigint", permissions.readableGroupIds().toArray()));
            statement.setLong(i++, permissions.personId());
            statement.setLong(i++, permissions.organisationId());
            statement.setArray(
                    i++, connection.createArrayOf("text", query.kinds().toArray()));
            statement.setArray(
                    i++,
                    connection.createArrayOf(
                            "bigint", query.themes().stream().map(themeIds::get).toArray()));
            statement.setArray(
                    i++, connection.createArrayOf("text", query.countries().toArray()));
            statement.setArray(
                    i++, connection.createArrayOf("integer", query.years().toArray()));
            statement.setArray(
                    i, connection.createArrayOf("text", query.languages().toArray()));
            var page = new java.util.TreeMap<Long, Long>();
            var total = 0L;
            var buckets = 0;
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    switch (rows.getString(1)) {
                        case "hit" -> page.put(rows.getLong(3), rows.getLong(2));
                        case "total" -> total = rows.getLong(3);
                        default -> buckets++;
                    }
                }
            }
            return new Outcome(total, List.copyOf(page.values()), buckets);
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }

    /**
     * Facet filters are "any" when their array is empty. The first page is ordered by rank, then id,
     * and joined back to the table for the columns a result line shows.
     */
    private static String statement() {
        var tsqueries = Corpus.LANGUAGES.stream()
                .map(l -> "websearch_to_tsquery('" + CONFIGS.get(l) + "', ?) as " + l)
                .collect(Collectors.joining(", "));
        var match = Corpus.LANGUAGES.stream()
                .map(l -> "(p.language = '" + l + "' and p.bench_fts @@ q." + l + ")")
                .collect(Collectors.joining(" or "));
        var rankQuery = Corpus.LANGUAGES.stream()
                .map(l -> "when '" + l + "' then q." + l)
                .collect(Collectors.joining(" "));
        return """
                with q as (select %s, ?::bigint[] as readable, ?::bigint as person, ?::bigint as organisation, ?::text[] as kinds,
                                  ?::bigint[] as themes, ?::text[] as countries, ?::int[] as years, ?::text[] as languages),
                hits as materialized (
                    select p.id, p.type, p.country, p.language, extract(year from p.period_start)::int as year,
                           ts_rank_cd(p.bench_fts, case p.language %s end) as rank
                    from practice p, q
                    where (%s)
                      and p.status = 'PUBLISHED'
                      and (p.whole_network or p.author_id = q.person or p.author_organisation_id = q.organisation
                           or exists (select 1 from practice_group g
                                      where g.practice_id = p.id and g.group_id = any(q.readable)))
                      and (cardinality(q.kinds) = 0 or p.type = any(q.kinds))
                      and (cardinality(q.themes) = 0 or exists (select 1 from practice_theme t
                                where t.practice_id = p.id and t.theme_id = any(q.themes)))
                      and (cardinality(q.countries) = 0 or p.country = any(q.countries))
                      and (cardinality(q.years) = 0 or extract(year from p.period_start)::int = any(q.years))
                      and (cardinality(q.languages) = 0 or p.language = any(q.languages))
                ),
                page as (select id, row_number() over (order by rank desc, id) as position
                         from hits order by rank desc, id limit 20)
                select 'hit', p.id, page.position, p.title, p.city, p.country, p.period_start, p.published_at
                  from page join practice p on p.id = page.id
                union all select 'total', null, count(*), null, null, null, null, null from hits
                union all select 'kind', null, count(*), type, null, null, null, null from hits group by type
                union all select 'country', null, count(*), country, null, null, null, null from hits group by country
                union all select 'language', null, count(*), language, null, null, null, null from hits group by language
                union all select 'year', year, count(*), null, null, null, null, null from hits group by year
                union all select 'theme', t.theme_id, count(*), null, null, null, null, null
                  from hits h join practice_theme t on t.practice_id = h.id group by t.theme_id
                union all select 'group', g.group_id, count(*), null, null, null, null, null
                  from hits h join practice_group g on g.practice_id = h.id group by g.group_id
                """.formatted(tsqueries, rankQuery, match);
    }
}
