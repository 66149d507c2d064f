package eu.praxis;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.internal.UsageStatistics;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * Helpers for the browserless view tests. Subclasses carry {@code @IntegrationTest} and
 * {@code @ViewPackages} themselves (the latter is not inherited), so that every view test runs in
 * the one shared context. Depends on no feature, so that the root package stays out of the
 * feature modules' dependency graph.
 */
public abstract class ViewTestSupport extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService accounts;

    private @Nullable Set<String> usageBefore;

    @BeforeEach
    @Override
    protected void initVaadinEnvironment() {
        if (usageBefore == null) {
            usageBefore = usageStatistics();
        }
        super.initVaadinEnvironment();
    }

    /**
     * Also forgets the usage statistics the mock UI recorded ("flow-router", push): they are global and
     * listed in every page the real server of the shared context renders. They made the login page
     * cross Tomcat's 8 KB response buffer, after which Spring Security's X-Frame-Options: DENY replaces
     * our SAMEORIGIN (MembersOnlyTest).
     */
    @AfterEach
    @Override
    protected void cleanVaadinEnvironment() {
        super.cleanVaadinEnvironment();
        if (usageBefore != null) {
            usageStatistics().stream()
                    .filter(Predicate.not(usageBefore::contains))
                    .forEach(UsageStatistics::removeEntry);
        }
    }

    /**
     * Logs in as the person with this address, as after a real login: a new session and UI, which
     * take the person's language.
     */
    protected void logInAs(String email) {
        var user = accounts.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        TestSecurityContextHolder.setContext(context);
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    /** The view the UI shows now, after a navigation or a click that navigated. */
    protected static Component currentView() {
        return UI.getCurrent().getCurrentView();
    }

    /** A text in the language of the UI; the demo member, for one, sees French. */
    protected static String t(String key, Object... arguments) {
        var text = UI.getCurrent().getTranslation(key, arguments);
        assertThat(text).as("translation of " + key).doesNotStartWith("!");
        return text;
    }

    /** The texts of the notifications shown so far (no timer closes them in a browserless test). */
    protected List<String> notifications() {
        return find(Notification.class).all().stream()
                .filter(Notification::isOpened)
                .map(n -> n.getElement().getProperty("text", ""))
                .toList();
    }

    /**
     * Makes the browser report this time zone, as a real browser does; the UIs of browserless tests have none,
     * so views show the server's zone.
     */
    protected static void browserTimeZone(String zoneId) {
        var ui = UI.getCurrent();
        ui.getInternals()
                .setExtendedClientDetails(new ExtendedClientDetails(
                        ui, "1280", "800", "1280", "800", "1280", "800", "0", "0", "0", "false", zoneId, null, "false",
                        "1", "test", null, null, null));
    }

    /** All text inside a component, as a reader sees it (without spaces between elements). */
    protected static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static Set<String> usageStatistics() {
        return UsageStatistics.getEntries()
                .map(UsageStatistics.UsageEntry::getName)
                .collect(Collectors.toSet());
    }
}
