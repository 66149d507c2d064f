package eu.praxis.base.web;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of {@link JsonApi} controllers as problem details: unknown and hidden things alike are 404 (nothing
 * to probe), a refused request is 400 with the service's reason, a malformed parameter is 400; Spring MVC's
 * own errors (missing parameter, wrong method) come from {@link ResponseEntityExceptionHandler}.
 */
@RestControllerAdvice(annotations = JsonApi.class)
class JsonApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JsonApiErrors.class);

    private final Problems problems;

    JsonApiErrors(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return answer(problems.of(request, HttpStatus.NOT_FOUND, "api.problem.not-found"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> malformed(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(problems.of(request, HttpStatus.BAD_REQUEST, "api.problem.malformed-parameter", e.getName()));
    }

    /**
     * Tomcat finds a malformed query string (a lone {@code %}, {@code %zz}, bytes that are not UTF-8) only when
     * the parameters are first read, and says so with this exception: the client's error, logged without trace.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> malformedQuery(InvalidParameterException e, HttpServletRequest request) {
        LOG.info("Malformed query string in API request {}: {}", request.getRequestURI(), e.getMessage());
        return answer(problems.of(request, HttpStatus.BAD_REQUEST, "api.problem.malformed-query"));
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ProblemDetail> refused(UserFacingException e, HttpServletRequest request) {
        return answer(problems.of(request, HttpStatus.BAD_REQUEST, e.messageKey(), e.arguments()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(HttpServletRequest request) {
        return answer(problems.of(request, HttpStatus.FORBIDDEN, "api.problem.forbidden"));
    }

    /** A bug: logged, and answered as a problem rather than the error page a browser would get. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> failed(RuntimeException e, HttpServletRequest request) {
        LOG.error("API request {} failed", request.getRequestURI(), e);
        return answer(problems.of(request, HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.internal"));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && request instanceof NativeWebRequest web
                && web.getNativeRequest() instanceof HttpServletRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequestURI()));
        }
        return ResponseEntity.status(statusCode)
                .headers(headers)
                .contentType(Problems.PROBLEM_JSON)
                .body(body);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(Problems.PROBLEM_JSON)
                .body(problem);
    }
}
