package eu.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over plain HTTP, without a session: only the login, about, apply, invitation and password-reset pages answer. */
@IntegrationTest
class MembersOnlyTest {

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/groups",
                "/groups/nightlife",
                "/organisations",
                "/organisations/1",
                "/people/1",
                "/profile",
                "/admin/people",
                "/admin/applications",
                "/no-such-page"
            })
    void a_visitor_is_sent_to_the_login_page(String path) throws Exception {
        var response = get(path);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/login",
                "/about",
                "/apply",
                "/invitation/some-token",
                "/forgot-password",
                "/password-reset/some-token"
            })
    void public_pages_answer_without_login(String path) throws Exception {
        assertThat(get(path).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/about"})
    void pages_carry_protective_headers(String path) throws Exception {
        var headers = get(path).headers();
        assertThat(headers.allValues("X-Frame-Options")).isEqualTo(List.of("DENY"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
