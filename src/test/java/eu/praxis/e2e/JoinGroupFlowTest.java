package eu.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.demo.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A real browser against the real server: log in as the demo member, join Nightlife, see it on Home. */
class JoinGroupFlowTest extends EndToEndTest {

    @Test
    void the_demo_member_logs_in_joins_nightlife_and_sees_it_on_home() {
        session.open("/groups");
        // Members only: the visitor is sent to the login page first.
        session.wait.until(ExpectedConditions.urlContains("/login"));
        session.logIn(DemoAccounts.MEMBER, DemoAccounts.MEMBER_PASSWORD);

        session.open("/groups/nightlife");
        session.click(By.cssSelector("vaadin-button[data-action='join']"));
        session.wait.until(d -> d.findElements(By.cssSelector("vaadin-button[data-action='leave']"))
                        .size()
                == 1);

        session.open("/");
        var myGroups = session.byId("my-groups");
        session.wait.until(d -> myGroups.getText().contains("Nightlife"));
        assertThat(myGroups.getText()).contains("Nightlife");
    }
}
