package eu.praxis.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** An error page for one kind of navigation failure: a message in plain words and an HTTP status. */
abstract class ErrorView<E extends Exception> extends Composite<ErrorPage> implements HasErrorParameter<E> {

    private final String titleKey;
    private final String messageKey;
    private final int status;

    ErrorView(String titleKey, String messageKey, int status) {
        this.titleKey = titleKey;
        this.messageKey = messageKey;
        this.status = status;
    }

    @Override
    protected ErrorPage initContent() {
        return new ErrorPage(titleKey, messageKey);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        return status;
    }

    /** Unknown routes. */
    @AnonymousAllowed
    static final class RouteNotFound extends ErrorView<NotFoundException> {
        RouteNotFound() {
            super("error.not-found.title", "error.not-found", HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /**
     * A service said "not found" while a view loaded its content. Things the viewer may not see
     * answer the same way, so that their existence cannot be probed.
     */
    static final class ContentNotFound extends ErrorView<eu.praxis.base.NotFoundException> {
        ContentNotFound() {
            super("error.not-found.title", "error.not-found", HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** A logged-in person opened a view their role does not allow, e.g. an admin page. */
    static final class AccessDenied extends ErrorView<AccessDeniedException> {
        AccessDenied() {
            super("error.access-denied.title", "error.access-denied", HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /** A service refused access while a view loaded its content. */
    static final class ServiceAccessDenied extends ErrorView<org.springframework.security.access.AccessDeniedException> {
        ServiceAccessDenied() {
            super("error.access-denied.title", "error.access-denied", HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
