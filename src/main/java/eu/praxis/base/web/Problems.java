package eu.praxis.base.web;

import eu.praxis.base.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details: the status's reason phrase as title, a translated sentence as detail. Clients
 * of the API are scripts, so the language is the request's {@code Accept-Language}, English without one.
 */
@Component
public class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    /** RFC 9457: no type beyond the status code's meaning. */
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final MessageSource messages;
    private final JsonMapper json;

    Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public ProblemDetail of(HttpServletRequest request, HttpStatus status, String detailKey, Object... arguments) {
        var problem =
                ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, arguments, locale(request)));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** Writes the problem as the whole response, for filters that answer before any controller. */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String detailKey,
            Object... arguments)
            throws IOException {
        var problem = of(request, status, detailKey, arguments);
        var body = new LinkedHashMap<String, Object>();
        body.put("type", String.valueOf(problem.getType() == null ? ABOUT_BLANK : problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", String.valueOf(problem.getInstance()));
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), body);
    }

    static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null
                ? Languages.SUPPORTED.getFirst()
                : Languages.closest(request.getLocale());
    }
}
