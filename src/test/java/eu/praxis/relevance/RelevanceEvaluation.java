package eu.praxis.relevance;

import eu.praxis.Application;
import eu.praxis.TestDatabase;
import eu.praxis.practice.PracticeImportService;
import eu.praxis.security.ApiTokenService;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the search's relevance on the judged set in {@code src/test/resources/relevance} (README "Relevance",
 * DD019): a fresh database on the tests' PostgreSQL server, the application without demo data, the practices
 * imported through the real bulk import, then every query through {@code GET /api/v1/search} with a member's API
 * token, as an outside client would. Prints nDCG@10, MRR, recall@20 and the zero-result rate per category, writes
 * them with every query's ranking to {@code target/relevance/}, and exits with 1 when the overall nDCG@10 falls more
 * than {@link #TOLERANCE} below the committed baseline ({@code relevance/baseline.properties}).
 */
public final class RelevanceEvaluation {

    private static final Logger log = LoggerFactory.getLogger(RelevanceEvaluation.class);
    static final double TOLERANCE = 0.03;
    private static final String AUTHOR = "author@relevance.example";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RelevanceEvaluation() {}

    public static void main(String[] args) throws Exception {
        var output = Path.of(System.getProperty("relevance.output", "target/relevance"));
        var queries = queries();
        var dataDir = Files.createTempDirectory("praxis-relevance-");
        var rankings = new LinkedHashMap<JudgedQuery, List<String>>();
        try (var database = TestDatabase.onServer();
                var context = start(database, dataDir)) {
            var dataSource = context.getBean(DataSource.class);
            var authorId = createAuthor(dataSource);
            importPractices(context);
            awaitIndexed(dataSource);
            var token = RunAs.person(
                    authorId,
                    Role.MEMBER,
                    () -> context.getBean(ApiTokenService.class)
                            .create("relevance", null)
                            .secret());
            var port = context.getEnvironment().getRequiredProperty("local.server.port");
            var externalIds = externalIds(dataSource);
            var http = HttpClient.newHttpClient();
            for (var query : queries) {
                rankings.put(
                        query,
                        search(http, port, token, query.query()).stream()
                                .map(id -> externalIds.getOrDefault(id, "#" + id))
                                .toList());
            }
        } finally {
            delete(dataDir);
        }
        var report = Report.of(rankings);
        var baseline = baseline();
        var text = report.text()
                + String.format(
                        Locale.ROOT,
                        "%nbaseline nDCG@10 %.3f, tolerance %.2f: %s%n",
                        baseline,
                        TOLERANCE,
                        report.overallNdcg() >= baseline - TOLERANCE ? "PASSED" : "FAILED");
        System.out.println(text);
        Files.createDirectories(output);
        Files.writeString(output.resolve("results.txt"), text);
        Files.writeString(output.resolve("rankings.txt"), report.rankingText());
        System.exit(report.overallNdcg() >= baseline - TOLERANCE ? 0 : 1);
    }

    public static List<JudgedQuery> queries() throws IOException {
        var result = new ArrayList<JudgedQuery>();
        for (var file : new PathMatchingResourcePatternResolver().getResources("classpath:relevance/queries-*.json")) {
            for (var node : JSON.readTree(file.getInputStream()).get("queries")) {
                var judgments = new LinkedHashMap<String, Integer>();
                node.get("judgments")
                        .properties()
                        .forEach(e -> judgments.put(e.getKey(), e.getValue().asInt()));
                result.add(new JudgedQuery(
                        node.get("id").asString(),
                        node.get("category").asString(),
                        node.get("language").asString(),
                        node.get("query").asString(),
                        judgments));
            }
        }
        result.sort(Comparator.comparing(JudgedQuery::id));
        return result;
    }

    private static ConfigurableApplicationContext start(TestDatabase database, Path dataDir) {
        return new SpringApplicationBuilder(Application.class)
                .profiles("relevance")
                .run(
                        "--spring.datasource.url=" + database.url(),
                                "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(), "--praxis.data-dir=" + dataDir);
    }

    /** The one member account the judged practices are imported as (the import needs an active member). */
    private static long createAuthor(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            var now = java.sql.Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
            try (var insert = connection.prepareStatement("insert into organisation (version, name, kind, country, "
                    + "city, status, joined_on, created_at) values (0, 'Relevance City', 'CITY', 'BE', 'Leuven', "
                    + "'ACTIVE', date '2010-01-01', ?)")) {
                insert.setTimestamp(1, now);
                insert.executeUpdate();
            }
            try (var insert = connection.prepareStatement(
                    "insert into person (version, email, name, position, "
                            + "organisation_id, role, status, language, password_hash, created_at, activated_at) select 0, ?, "
                            + "'Relevance Author', 'Prevention officer', id, 'MEMBER', 'ACTIVE', 'en', ?, ?, ? from organisation")) {
                insert.setString(1, AUTHOR);
                // an account that has set a password (the API token's owner must be one); nobody logs in with it
                insert.setString(2, "{noop}" + java.util.UUID.randomUUID());
                insert.setTimestamp(3, now);
                insert.setTimestamp(4, now);
                insert.executeUpdate();
            }
            try (var rows = statement.executeQuery("select id from person where email = '" + AUTHOR + "'")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void importPractices(ConfigurableApplicationContext context) throws IOException {
        var imports = context.getBean(PracticeImportService.class);
        for (var file :
                new PathMatchingResourcePatternResolver().getResources("classpath:relevance/practices-*.json")) {
            try (var content = file.getInputStream()) {
                RunAs.secretariat(() -> {
                    var report = imports.importJson(content);
                    if (!report.refused().isEmpty() || report.fileError() != null) {
                        throw new IllegalStateException("The judged practices of " + file.getFilename()
                                + " were refused: " + report.refused() + " " + report.fileError());
                    }
                    log.info("Imported {} practices from {}", report.imported().size(), file.getFilename());
                });
            }
        }
    }

    private static void awaitIndexed(DataSource dataSource) throws Exception {
        var deadline = Instant.now().plusSeconds(300);
        while (Instant.now().isBefore(deadline)) {
            try (var connection = dataSource.getConnection();
                    var statement = connection.createStatement();
                    var rows = statement.executeQuery("select count(*) from hsearch_outbox_event")) {
                rows.next();
                if (rows.getLong(1) == 0) {
                    // the processor deletes an event once written; the reader sees it at the next refresh
                    Thread.sleep(1_000);
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The judged practices were not indexed within 5 minutes");
    }

    private static Map<Long, String> externalIds(DataSource dataSource) throws SQLException {
        var result = new HashMap<Long, String>();
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows =
                        statement.executeQuery("select id, external_id from practice where external_id is not null")) {
            while (rows.next()) {
                result.put(rows.getLong(1), rows.getString(2));
            }
        }
        return result;
    }

    /** The first 20 practice ids the research API ranks for a query; a failing call fails the evaluation. */
    private static List<Long> search(HttpClient http, String port, String token, String query) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/search?size=20&q="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "The API answered " + response.statusCode() + " to " + query + ": " + response.body());
        }
        var ids = new ArrayList<Long>();
        for (JsonNode hit : JSON.readTree(response.body()).get("hits")) {
            ids.add(hit.get("id").asLong());
        }
        return ids;
    }

    private static double baseline() throws IOException {
        var properties = new Properties();
        try (var in = new ClassPathResource("relevance/baseline.properties").getInputStream()) {
            properties.load(in);
        }
        return Double.parseDouble(properties.getProperty("ndcg10"));
    }

    private static void delete(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
