package eu.praxis.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.IntegrationTest;
import eu.praxis.TestHttp;
import eu.praxis.TestPeople;
import eu.praxis.WithNewPerson;
import eu.praxis.search.SearchRequest;
import eu.praxis.search.SearchScope;
import eu.praxis.search.SearchService;
import eu.praxis.search.SearchTestSupport;
import eu.praxis.security.ApiTokenService;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search export over real HTTP with a real login: every hit the person may see (more than a page's
 * worth), streamed with the person's rights (the request thread's security context), parseable, with
 * absolute permalinks; visitors are sent to the login page.
 */
@IntegrationTest
class SearchExportTest {

    @Autowired
    TestPeople people;

    @Autowired
    SearchService search;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JsonMapper json;

    @Autowired
    DataSource dataSource;

    @Value("${praxis.base-url}")
    String baseUrl;

    @LocalServerPort
    int port;

    /** The secretariat sees the whole demo library: far more than a page. */
    @Test
    @WithNewPerson(Role.ADMIN)
    void the_csv_export_holds_every_hit_the_person_may_see() throws IOException {
        var total = total();
        assertThat(total).as("more than a page of the search views").isGreaterThan(20);
        var http = TestHttp.loggedIn(port, people.account(Role.ADMIN).email(), TestPeople.PASSWORD);

        var response = http.get("/search/export.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertDownload(response, "csv");
        var records = csv(response.body());
        assertThat(records).hasSize((int) total);
        assertThat(records).allSatisfy(r -> assertThat(r.get("url")).startsWith(baseUrl + "/"));
        assertThat(records).allSatisfy(r -> assertThat(r.get("snippet")).doesNotContain("<mark>"));
        assertThat(new HashSet<>(records.stream().map(r -> r.get("url")).toList()))
                .as("no hit twice")
                .hasSize((int) total);
    }

    /** Fewer than the secretariat: the export runs with the logged-in person's rights. */
    @Test
    @WithNewPerson(Role.RESEARCHER)
    void the_json_export_is_an_array_of_every_hit_the_researcher_may_see() {
        var total = total();
        var http = TestHttp.loggedIn(port, people.account(Role.RESEARCHER).email(), TestPeople.PASSWORD);

        var response = http.get("/search/export.json?sort=newest");

        assertThat(response.statusCode()).isEqualTo(200);
        assertDownload(response, "json");
        var hits = json.readTree(response.body());
        assertThat(hits.isArray()).isTrue();
        assertThat(total).isLessThan(RunAs.person(0, Role.ADMIN, this::total));
        assertThat(hits.size()).isEqualTo((int) total);
        hits.forEach(hit -> {
            assertThat(hit.get("url").asString()).startsWith(baseUrl + "/");
            assertThat(hit.get("title").asString()).isNotBlank();
        });
    }

    @Test
    @WithNewPerson(Role.RESEARCHER)
    void the_api_offers_the_same_export_with_a_token() throws IOException {
        var secret = tokens.create("Export test", null).secret();
        var session = TestHttp.loggedIn(port, people.account(Role.RESEARCHER).email(), TestPeople.PASSWORD);

        var byToken = TestHttp.visitor(port).get("/api/v1/search/export.csv?kind=SHEET", secret);
        var bySession = session.get("/search/export.csv?kind=SHEET");

        assertThat(byToken.statusCode()).isEqualTo(200);
        assertThat(byToken.body()).isEqualTo(bySession.body());
        assertThat(csv(byToken.body())).isNotEmpty();
    }

    @Test
    void a_visitor_is_sent_to_the_login_page() {
        for (var path : List.of("/search/export.csv", "/search/export.json?q=night")) {
            var response = TestHttp.visitor(port).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void snippets_lose_their_marks_and_formula_like_cells_are_defused() {
        assertThat(HitExport.plainText("<mark>Night</mark> &amp; day &lt;b&gt; l&#39;été"))
                .isEqualTo("Night & day <b> l'été");
        assertThat(eu.praxis.base.CsvCells.safe("=HYPERLINK(\"http://evil\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(eu.praxis.base.CsvCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(eu.praxis.base.CsvCells.safe("Night mayors")).isEqualTo("Night mayors");
    }

    /** Waits for earlier tests' changes to reach the index, so that the total and the export count the same. */
    private long total() {
        new SearchTestSupport(dataSource).awaitIndexed();
        return search.search(SearchRequest.of("", SearchScope.LIBRARY), 0, 1).total();
    }

    private static void assertDownload(HttpResponse<String> response, String extension) {
        var disposition = ContentDisposition.parse(
                response.headers().firstValue("Content-Disposition").orElseThrow());
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).matches("praxis-search-\\d{4}-\\d{2}-\\d{2}\\." + extension);
        assertThat(LocalDate.parse(disposition.getFilename().substring(14, 24))).isNotNull();
    }

    private static List<CSVRecord> csv(String body) throws IOException {
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))) {
            assertThat(parser.getHeaderNames()).isEqualTo(HitExport.CSV_HEADER);
            return parser.getRecords();
        }
    }
}
