package eu.praxis.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Error pages for navigation failures: a message in plain words, a way home and an HTTP status;
 * never a stack trace. Each subclass names its exception type in its own {@code implements}
 * clause, where Vaadin's route registry looks for it. Pages a logged-in person can reach keep the
 * main layout, so the menu stays at hand. Each is open to all on its own (the annotation is not
 * inherited): navigation access control checks error views too, and one it refused would turn "not
 * found" into "access denied".
 */
abstract class ErrorView extends Composite<ErrorPage> implements HasDynamicTitle {

    private final String titleKey;
    private final String messageKey;

    ErrorView(String titleKey, String messageKey) {
        this.titleKey = titleKey;
        this.messageKey = messageKey;
    }

    @Override
    protected ErrorPage initContent() {
        return new ErrorPage(titleKey, messageKey);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }

    /** Unknown routes. */
    @AnonymousAllowed
    static final class RouteNotFound extends ErrorView implements HasErrorParameter<NotFoundException> {

        RouteNotFound() {
            super("error.not-found.title", "error.not-found");
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    /**
     * A service said "not found" while a view loaded its content. Things the viewer may not see
     * answer the same way, so that their existence cannot be probed.
     */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    static final class ContentNotFound extends ErrorView
            implements HasErrorParameter<eu.praxis.base.NotFoundException> {

        ContentNotFound() {
            super("error.not-found.title", "error.not-found");
        }

        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<eu.praxis.base.NotFoundException> parameter) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    /** A logged-in person opened a view their role does not allow, e.g. an admin page. */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    static final class AccessDenied extends ErrorView implements HasErrorParameter<AccessDeniedException> {

        AccessDenied() {
            super("error.access-denied.title", "error.access-denied");
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
    }

    /** A service refused access while a view loaded its content. */
    @ParentLayout(MainLayout.class)
    @AnonymousAllowed
    static final class ServiceAccessDenied extends ErrorView
            implements HasErrorParameter<org.springframework.security.access.AccessDeniedException> {

        ServiceAccessDenied() {
            super("error.access-denied.title", "error.access-denied");
        }

        @Override
        public int setErrorParameter(
                BeforeEnterEvent event,
                ErrorParameter<org.springframework.security.access.AccessDeniedException> parameter) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
    }
}
