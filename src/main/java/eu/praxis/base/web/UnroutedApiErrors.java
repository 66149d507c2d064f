package eu.praxis.base.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A method or path under {@code /api/} that no controller has fails before a controller is chosen, so
 * {@link JsonApiErrors} (which applies to {@link JsonApi} controllers) never sees it. Spring's default was
 * {@code sendError}, whose error page is behind the session login: a script with a valid token got a redirect
 * to the login page. Other paths are passed on to Spring's default by rethrowing.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnroutedApiErrors {

    private final Problems problems;

    UnroutedApiErrors(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        if (!isApi(request)) {
            throw e;
        }
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .headers(e.getHeaders())
                .contentType(Problems.PROBLEM_JSON)
                .body(problems.of(
                        request,
                        HttpStatus.METHOD_NOT_ALLOWED,
                        "api.problem.method-not-allowed",
                        String.join(", ", e.getSupportedMethods() == null ? new String[0] : e.getSupportedMethods())));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NoResourceFoundException e, HttpServletRequest request)
            throws NoResourceFoundException {
        if (!isApi(request)) {
            throw e;
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(Problems.PROBLEM_JSON)
                .body(problems.of(request, HttpStatus.NOT_FOUND, "api.problem.not-found"));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
