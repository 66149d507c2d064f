package eu.praxis.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses addresses longer than {@value #MAX_LENGTH} characters. Tomcat's own bound (request line and headers,
 * {@code server.max-http-request-header-size}) is set above this one, because Tomcat answers past it with its
 * HTML error page before the application sees the request; here an API client gets a problem like any other.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AddressLengthLimit extends OncePerRequestFilter {

    static final int MAX_LENGTH = 8 * 1024;

    private final Problems problems;

    AddressLengthLimit(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var query = request.getQueryString();
        if (request.getRequestURI().length() + (query == null ? 0 : query.length() + 1) <= MAX_LENGTH) {
            chain.doFilter(request, response);
        } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(request, response, HttpStatus.URI_TOO_LONG, "api.problem.address-too-long", MAX_LENGTH);
        } else {
            response.sendError(HttpStatus.URI_TOO_LONG.value());
        }
    }
}
