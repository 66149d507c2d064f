package eu.praxis.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.IntegrationTest;
import eu.praxis.TestHttp;
import eu.praxis.TestPeople;
import eu.praxis.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document and Swagger UI: for logged-in people, listing exactly the API's endpoints. */
@IntegrationTest
class ApiDocsTest {

    @Autowired
    TestPeople people;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    @Test
    void the_openapi_document_lists_every_api_endpoint_and_the_bearer_scheme() {
        var http = TestHttp.loggedIn(port, people.account(Role.RESEARCHER).email(), TestPeople.PASSWORD);

        var response = http.get("/api/v1/openapi.json");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var document = json.readTree(response.body());
        assertThat(document.get("openapi").asString()).startsWith("3.");
        var paths = new ArrayList<String>();
        document.get("paths").propertyNames().forEach(paths::add);
        assertThat(paths)
                .containsExactlyInAnyOrder(
                        "/api/v1/search",
                        "/api/v1/search/export.csv",
                        "/api/v1/search/export.json",
                        "/api/v1/practices/{id}",
                        "/api/v1/practices/{id}/v/{version}",
                        "/api/v1/projects",
                        "/api/v1/projects/{id}",
                        "/api/v1/calls",
                        "/api/v1/calls/{id}",
                        "/api/v1/publications",
                        "/api/v1/publications/{id}");
        var parameters = new ArrayList<String>();
        document.at("/paths/~1api~1v1~1search/get/parameters")
                .forEach(p -> parameters.add(p.get("name").asString()));
        assertThat(parameters)
                .containsAll(List.of(
                        "q",
                        "scope",
                        "kind",
                        "theme",
                        "group",
                        "country",
                        "year",
                        "lang",
                        "evidenceLevel",
                        "sort",
                        "page",
                        "size"));
        assertThat(document.at("/components/securitySchemes/token/scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.at("/security/0").has("token")).isTrue();
    }

    @Test
    void the_swagger_ui_answers_for_a_logged_in_person() {
        var http = TestHttp.loggedIn(port, people.account(Role.MEMBER).email(), TestPeople.PASSWORD);

        var path = "/api/docs";
        var response = http.get(path);
        for (int i = 0; i < 3 && response.statusCode() == 302; i++) {
            var location = response.headers().firstValue("Location").orElseThrow();
            assertThat(location).doesNotEndWith("/login");
            path = location.replaceFirst("^https?://[^/]+", "");
            response = http.get(path);
        }

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).containsIgnoringCase("swagger");
        // The page's script and the configuration it loads are served too (not swallowed by Vaadin or the API chain).
        var folder = path.substring(0, path.lastIndexOf('/') + 1);
        var initializer = http.get(folder + "swagger-initializer.js");
        assertThat(initializer.statusCode()).as(folder).isEqualTo(200);
        assertThat(http.get(folder + "swagger-ui-bundle.js").statusCode()).isEqualTo(200);
        var config = http.get("/api/v1/openapi.json/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(json.readTree(config.body()).get("url").asString()).isEqualTo("/api/v1/openapi.json");
    }

    @Test
    void a_visitor_is_sent_to_the_login_page() {
        for (var path : List.of("/api/v1/openapi.json", "/api/docs")) {
            var response = TestHttp.visitor(port).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }
}
