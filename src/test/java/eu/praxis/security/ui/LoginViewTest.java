package eu.praxis.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.praxis.IntegrationTest;
import eu.praxis.ViewTestSupport;
import eu.praxis.security.LoginThrottle;
import eu.praxis.security.LoginThrottledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import tools.jackson.databind.JsonNode;

/** What a visitor sees: the login form for every members-only page, and why a login was refused. */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@WithAnonymousUser
class LoginViewTest extends ViewTestSupport {

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    LoginThrottle throttle;

    @AfterEach
    void forgetFailures() {
        throttle.reset();
    }

    @Test
    void a_visitor_opening_a_members_page_gets_the_login_form() {
        navigate("groups", LoginView.class);

        assertThat(find(LoginForm.class).single().isError()).isFalse();
    }

    @Test
    void every_page_that_is_not_public_sends_a_visitor_to_the_login_form() {
        var routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        var open = routes.stream()
                .filter(LoginViewTest::isPublic)
                .map(RouteData::getTemplate)
                .toList();
        var membersOnly = routes.stream()
                .filter(r -> !isPublic(r))
                .map(RouteData::getTemplate)
                .toList();
        // A new public page is a decision to make on purpose, so the list of them is spelled out.
        // The two steps of two-factor sign-in come before the login counts; without a password step they send to login.
        assertThat(open)
                .containsExactlyInAnyOrder(
                        "login",
                        "about",
                        "apply",
                        "invitation/:token",
                        "forgot-password",
                        "password-reset/:token",
                        "notifications/unsubscribe/:token",
                        // a publication the secretariat made public (DD030); any other answers with the login form
                        "public/publications/:id",
                        "sign-in/code",
                        "sign-in/enrol");
        assertThat(membersOnly).contains("", "groups", "groups/:slug", "admin/people", "admin/applications");

        for (var template : membersOnly) {
            // Any value will do: access is checked before the view loads anything.
            var path = template.replaceAll(":[^/]+", "1");
            UI.getCurrent().navigate(path);
            assertThat(getCurrentView()).as("/" + path).isInstanceOf(LoginView.class);
        }
    }

    @Test
    void a_wrong_password_is_explained() {
        var form = loginAfterFailure(new BadCredentialsException("wrong"));

        assertThat(form.isError()).isTrue();
        assertThat(errorMessage(form)).isEqualTo(t("login.error.credentials"));
    }

    @Test
    void a_throttled_login_says_how_long_to_wait() {
        var address = "throttled-view@test.example";
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(address, "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        AuthenticationException throttled = null;
        try {
            login(address, "wrong-password");
        } catch (LoginThrottledException e) {
            throttled = e;
        }
        assertThat(throttled).as("the sixth attempt is throttled").isNotNull();

        var form = loginAfterFailure(throttled);

        // The block lasts 15 minutes (praxis.login.block-duration).
        assertThat(errorMessage(form)).isEqualTo(t("login.error.throttled", 15));
    }

    @Test
    void a_disabled_account_and_a_suspended_organisation_are_explained() {
        assertThat(errorMessage(loginAfterFailure(new DisabledException("disabled"))))
                .isEqualTo(t("login.error.disabled"));
        assertThat(errorMessage(loginAfterFailure(new LockedException("suspended"))))
                .isEqualTo(t("login.error.suspended"));
    }

    /** The login page as Spring Security's failure handler leaves it: the failure in the session, {@code ?error}. */
    private LoginForm loginAfterFailure(AuthenticationException failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        return find(LoginForm.class).single();
    }

    private static boolean isPublic(RouteData route) {
        return route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class);
    }

    private static String errorMessage(LoginForm form) {
        var i18n = (JsonNode) form.getElement().getPropertyRaw("i18n");
        return i18n.get("errorMessage").get("message").asString();
    }

    private void login(String email, String password) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("10.0.77.1");
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(request));
        authentication.authenticate(token);
    }
}
