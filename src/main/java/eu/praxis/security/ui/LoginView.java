package eu.praxis.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.praxis.security.LoginThrottledException;
import eu.praxis.security.SecondFactorSignIn;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * The login page. It explains why a login was refused: wrong password, disabled, suspended or throttled. Someone whose
 * password was accepted and whose second factor is still due is sent on to that step instead (DD024).
 */
@Route(value = LoginView.PATH, autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "login";

    private final LoginForm form = new LoginForm();
    private final transient SecondFactorSignIn secondFactor;

    LoginView(SecondFactorSignIn secondFactor) {
        this.secondFactor = secondFactor;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");
        form.setAction(PATH);
        // The reset pages belong to the member feature; security knows only their route.
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));

        var title = new H1("Praxis");
        var tagline = new Paragraph(getTranslation("login.tagline"));
        var links = new Div(
                new Anchor("about", getTranslation("login.about")), new Anchor("apply", getTranslation("login.apply")));
        links.addClassName("login-links");
        add(title, tagline, form, links);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var pending = secondFactor.pending(CodeFields.request());
        if (pending.isPresent()) {
            event.forwardTo(
                    pending.get().mustEnrol() && !pending.get().verified()
                            ? EnrolmentView.class
                            : SecondFactorView.class);
            return;
        }
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot-password"));
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            var error = i18n.getErrorMessage();
            error.setTitle(getTranslation("login.error.title"));
            error.setMessage(errorMessage(lastFailure()));
            form.setError(true);
        }
        form.setI18n(i18n);
    }

    private String errorMessage(AuthenticationException failure) {
        return switch (failure) {
            case LoginThrottledException t ->
                getTranslation(
                        "login.error.throttled",
                        Math.max(
                                1,
                                Duration.between(Instant.now(), t.retryAfter()).toMinutes() + 1));
            case DisabledException d -> getTranslation("login.error.disabled");
            case LockedException l -> getTranslation("login.error.suspended");
            case null, default -> getTranslation("login.error.credentials");
        };
    }

    /** Spring Security's failure handler keeps the last failure in the HTTP session. */
    private static AuthenticationException lastFailure() {
        var session = VaadinSession.getCurrent().getSession();
        return session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationException e
                ? e
                : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Praxis";
    }
}
