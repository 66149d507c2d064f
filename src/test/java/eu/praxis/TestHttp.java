package eu.praxis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Plain HTTP against the test server, as a browser or script would: without login, with an API token, or
 * with a session after a real form login. Redirects are not followed, so that tests see them.
 */
public final class TestHttp {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private String afterLogin = "";

    private TestHttp(int port, HttpClient client) {
        this.base = "http://localhost:" + port;
        this.client = client;
    }

    /** A client without login (and without cookies). */
    public static TestHttp visitor(int port) {
        return new TestHttp(
                port,
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build());
    }

    /** A client with a session, logged in through the login page like a browser. */
    public static TestHttp loggedIn(int port, String email, String password) {
        var http = new TestHttp(
                port,
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .cookieHandler(new CookieManager())
                        .build());
        var page = http.get("/login");
        var csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        var form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        var login = http.send(HttpRequest.newBuilder(URI.create(http.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        assertThat(login.statusCode()).as("login answer").isEqualTo(302);
        http.afterLogin = login.headers().firstValue("Location").orElse("");
        assertThat(http.afterLogin).as("after login").doesNotContain("error");
        return http;
    }

    /** Where the login form sent the browser: the page asked for, or the second factor's step. */
    public String afterLogin() {
        return afterLogin;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** A request with {@code Authorization: Bearer <token>}. */
    public HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A request written byte for byte on a socket, for what {@link java.net.URI} refuses to send (a lone
     * {@code %}, {@code %zz}): the answer's status line and headers (lower-case names) and body.
     */
    public RawResponse raw(String method, String target, String... headers) {
        var uri = URI.create(base);
        try (var socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            var request = new StringBuilder(method)
                    .append(' ')
                    .append(target)
                    .append(" HTTP/1.1\r\n")
                    .append("Host: ")
                    .append(uri.getHost())
                    .append(':')
                    .append(uri.getPort())
                    .append("\r\n")
                    .append("Connection: close\r\nContent-Length: 0\r\n");
            for (var header : headers) {
                request.append(header).append("\r\n");
            }
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            var head = answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n");
            var fields = new java.util.TreeMap<String, String>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                fields.put(
                        head[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        head[i].substring(colon + 1).strip());
            }
            return new RawResponse(
                    Integer.parseInt(head[0].split(" ")[1]), fields, answer.substring(answer.indexOf("\r\n\r\n") + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record RawResponse(int status, java.util.Map<String, String> headers, String body) {}

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
