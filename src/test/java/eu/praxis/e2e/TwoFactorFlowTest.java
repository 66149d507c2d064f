package eu.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.TestClock;
import eu.praxis.TestPeople;
import eu.praxis.security.AuthenticatorApp;
import eu.praxis.security.Role;
import eu.praxis.security.SwitchableTwoFactorRequirement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 24's "done when" in a real browser, in the required configuration (ADMIN, LEAD): a new admin is made to enrol
 * at the first sign-in, types the key shown on the page into an "app" (computed here), saves the recovery codes and
 * reaches the admin pages; at the next sign-in the password alone opens no admin page, the code does.
 */
class TwoFactorFlowTest extends EndToEndTest {

    /** The button of the secretariat's people page (member.invite). */
    static final String INVITE = "Invite a person";

    @Autowired
    SwitchableTwoFactorRequirement requirement;

    @Autowired
    TestPeople people;

    @Autowired
    TestClock clock;

    @AfterEach
    void tearDown() {
        requirement.reset();
    }

    @Test
    void an_admin_enrols_at_sign_in_and_reaches_the_admin_pages_only_with_a_code() {
        requirement.requireForAdminsAndLeads();
        var admin = people.account(people.organisation(), Role.ADMIN);
        try {
            session.logIn(admin.email(), TestPeople.PASSWORD);
            session.wait.until(d -> d.getCurrentUrl().endsWith("/sign-in/enrol"));
            session.open("/admin/people");
            session.wait.until(d -> d.getCurrentUrl().endsWith("/sign-in/enrol"));
            // each opening of the page shows a new key (nothing is saved before a code confirms one): read it now
            assertThat(session.byId("enrolment-qr").getAttribute("src")).startsWith("data:image/svg+xml");
            var app = new AuthenticatorApp(session.byId("enrolment-key").getText());

            var cookieBefore =
                    session.browser.manage().getCookieNamed("JSESSIONID").getValue();
            session.type("two-factor-code", app.code(clock.instant()));
            session.click(By.id("enrolment-confirm"));
            assertThat(session.byId("recovery-codes").getText().split("\n")).hasSize(10);
            session.click(By.id("recovery-codes-done"));
            session.wait.until(d -> !d.getCurrentUrl().contains("/sign-in/"));
            assertThat(session.browser.manage().getCookieNamed("JSESSIONID").getValue())
                    .isNotEqualTo(cookieBefore);
            session.open("/admin/people");
            session.wait.until(d -> d.getCurrentUrl().endsWith("/admin/people"));
            session.waitForText(By.tagName("body"), INVITE);

            session.logOut();
            session.logIn(admin.email(), TestPeople.PASSWORD);
            session.wait.until(d -> d.getCurrentUrl().endsWith("/sign-in/code"));
            session.open("/admin/people");
            session.wait.until(d -> d.getCurrentUrl().endsWith("/sign-in/code"));
            assertThat(session.browser.findElement(By.tagName("body")).getText())
                    .doesNotContain(INVITE);

            // the enrolment used this step's code: the next step's code is what the app shows a moment later
            session.type("two-factor-code", app.code(clock.instant(), 1));
            session.click(By.id("two-factor-verify"));
            session.wait.until(d -> !d.getCurrentUrl().contains("/sign-in/"));
            session.open("/admin/people");
            session.wait.until(d -> d.getCurrentUrl().endsWith("/admin/people"));
            session.waitForText(By.tagName("body"), INVITE);
        } catch (RuntimeException | AssertionError e) {
            session.screenshot("two-factor-flow");
            throw e;
        }
    }
}
