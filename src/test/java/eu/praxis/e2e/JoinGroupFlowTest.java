package eu.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.TestPeople;
import eu.praxis.group.JoinPolicy;
import eu.praxis.security.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A real browser against the real server: log in as a member, join an open group, see it on Home. */
class JoinGroupFlowTest extends EndToEndTest {

    @Test
    void a_member_logs_in_joins_an_open_group_and_sees_it_on_home() {
        var nightlife = groups.group("Nightlife", JoinPolicy.OPEN, true);
        var member = people.account(Role.MEMBER);
        session.open("/groups");
        // Members only: the visitor is sent to the login page first.
        session.wait.until(ExpectedConditions.urlContains("/login"));
        session.logIn(member.email(), TestPeople.PASSWORD);

        session.open("/groups/" + nightlife.slug());
        session.click(By.cssSelector("vaadin-button[data-action='join']"));
        session.wait.until(d -> d.findElements(By.cssSelector("vaadin-button[data-action='leave']"))
                        .size()
                == 1);

        session.open("/");
        var myGroups = session.byId("my-groups");
        session.wait.until(d -> myGroups.getText().contains(nightlife.name()));
        assertThat(myGroups.getText()).contains(nightlife.name());
    }
}
