package eu.praxis.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.IntegrationTest;
import eu.praxis.TestHttp;
import eu.praxis.TestPeople;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over plain HTTP (DD022): the protective headers on pages, error pages, API answers and static files; the
 * nonce of the bootstrap page's inline scripts; the session cookie; the login form's CSRF token.
 */
@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    TestPeople people;

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'");

    @LocalServerPort
    int port;

    TestHttp visitor;

    @BeforeEach
    void visitor() {
        visitor = TestHttp.visitor(port);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/login",
                "/about",
                "/no-such-page",
                "/api/v1/search",
                "/attachments/1",
                "/VAADIN/no-such-file.js"
            })
    void every_answer_carries_the_policy_and_the_protective_headers(String path) {
        var headers = visitor.get(path).headers();

        var policy = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy)
                .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(headers.allValues("X-Frame-Options")).containsOnly("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy"))
                .hasValueSatisfying(value -> assertThat(value).contains("camera=()", "geolocation=()"));
        // Plain HTTP here: HSTS only over HTTPS, where a browser honours it.
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void the_inline_scripts_of_a_page_carry_the_nonce_of_its_policy_and_the_page_is_not_stored() {
        var page = visitor.get("/login");

        var nonce = NONCE.matcher(
                page.headers().firstValue("Content-Security-Policy").orElseThrow());
        assertThat(nonce.find()).isTrue();
        var scripts = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>")
                .matcher(page.body())
                .results()
                .map(match -> match.group())
                .toList();
        assertThat(scripts).isNotEmpty().allSatisfy(tag -> assertThat(tag).contains("nonce=\"" + nonce.group(1)));
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        var other = visitor.get("/login")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();
        assertThat(other).as("a nonce per answer").doesNotContain(nonce.group(1));
    }

    @Test
    void the_session_cookie_is_same_site_lax_http_only_and_never_in_an_address() {
        var page = visitor.get("/login");

        var cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        assertThat(page.body()).doesNotContain(";jsessionid=");
        var redirect = visitor.get("/groups");
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).doesNotContainIgnoringCase("jsessionid");
    }

    /** Login CSRF: a form on another site could log the victim in as the attacker. */
    @Test
    void a_login_without_the_csrf_token_of_the_login_page_is_refused() throws Exception {
        var client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
        var base = "http://localhost:" + port;
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        var form = "username=" + TestHttp.encode(people.account(Role.MEMBER).email()) + "&password="
                + TestHttp.encode(TestPeople.PASSWORD);

        var login = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        // Refused before the login filter: back to the login page, and the session stays a visitor's.
        assertThat(login.headers().firstValue("Location")).hasValue(base + "/login");
        var home = client.send(
                HttpRequest.newBuilder(URI.create(base + "/")).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValue(base + "/login");
    }

    /** The real login, with the token from the page, still works and opens a member's page. */
    @Test
    void a_login_with_the_token_of_the_login_page_opens_the_members_pages() {
        var http = TestHttp.loggedIn(port, people.account(Role.MEMBER).email(), TestPeople.PASSWORD);

        HttpResponse<String> home = http.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    /** A download of the demo library (its PDFs), over a real login: the same headers, always an attachment. */
    @Test
    void an_attachment_download_carries_the_headers_and_is_never_shown_inline() {
        var http = TestHttp.loggedIn(port, people.account(Role.ADMIN).email(), TestPeople.PASSWORD);

        var download = java.util.stream.LongStream.rangeClosed(1, 50)
                .mapToObj(id -> http.get("/attachments/" + id))
                .filter(response -> response.statusCode() == 200)
                .findFirst()
                .orElseThrow();

        var headers = download.headers();
        assertThat(headers.firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment;"));
        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(value -> assertThat(value).contains("frame-ancestors 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.allValues("X-Frame-Options")).containsOnly("DENY");
        assertThat(headers.firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }
}
