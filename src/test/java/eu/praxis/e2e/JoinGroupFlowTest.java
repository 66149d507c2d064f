package eu.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.praxis.IntegrationTest;
import eu.praxis.demo.DemoAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real browser against the real server: log in as the demo member, join Nightlife, see it on Home. */
@IntegrationTest
class JoinGroupFlowTest {

    @LocalServerPort
    int port;

    BrowserSession session;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Browser.available() || System.getenv("CI") != null,
                "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        session = new BrowserSession(port);
    }

    @Test
    void the_demo_member_logs_in_joins_nightlife_and_sees_it_on_home() {
        session.open("/groups");
        // Members only: the visitor is sent to the login page first.
        session.wait.until(ExpectedConditions.urlContains("/login"));
        session.logIn(DemoAccounts.MEMBER, DemoAccounts.MEMBER_PASSWORD);

        session.open("/groups/nightlife");
        session.click(By.cssSelector("vaadin-button[data-action='join']"));
        session.wait.until(d -> d.findElements(By.cssSelector("vaadin-button[data-action='leave']")).size() == 1);

        session.open("/");
        var myGroups = session.byId("my-groups");
        session.wait.until(d -> myGroups.getText().contains("Nightlife"));
        assertThat(myGroups.getText()).contains("Nightlife");
    }
}
