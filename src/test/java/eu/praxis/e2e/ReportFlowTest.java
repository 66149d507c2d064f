package eu.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.TestPeople;
import eu.praxis.discussion.DiscussionPosting;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.member.MemberService;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A real browser: the demo member reports a reply, the demo lead sees it in the group's moderation queue and
 * hides it, and the member no longer sees it. The group and the posts are made through the services, so that
 * the test shares no state with the others.
 */
class ReportFlowTest extends EndToEndTest {

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    DiscussionReading discussions;

    @Autowired
    DiscussionPosting posting;

    @Autowired
    MemberService members;

    @Test
    void a_member_reports_a_reply_the_lead_hides_it_and_the_member_no_longer_sees_it() {
        var advert = "Cheap watches at shop-" + UUID.randomUUID().toString().substring(0, 6) + ".example";
        var leadAccount = people.account(Role.MEMBER);
        var memberAccount = people.account(Role.MEMBER);
        var lead = leadAccount.id();
        var member = memberAccount.id();
        var author = people.person(people.organisation(), Role.MEMBER);
        var slug = RunAs.person(
                0,
                Role.ADMIN,
                () -> groupAdministration.create(new NewGroup(
                        "Reports " + UUID.randomUUID().toString().substring(0, 8),
                        "End-to-end reports.",
                        JoinPolicy.OPEN,
                        false)));
        var groupId = RunAs.person(0, Role.ADMIN, () -> {
            var id = groups.get(slug).id();
            groupAdministration.appointLead(id, lead);
            groupMembership.addMember(id, member);
            groupMembership.addMember(id, author);
            return id;
        });
        var thread = RunAs.person(lead, Role.MEMBER, () -> posting.startThread(groupId, "Night buses", "Safer?"));
        RunAs.person(author, Role.MEMBER, () -> posting.reply(thread, advert));
        try {
            session.logIn(memberAccount.email(), TestPeople.PASSWORD);
            session.open("/threads/" + thread);
            session.waitForText(By.cssSelector(".thread-replies"), advert);
            session.click(By.cssSelector(".thread-replies vaadin-button[data-action='report']"));
            // SPAM is the first reason
            session.click(By.cssSelector("#report-reason vaadin-radio-button input"));
            session.click(By.cssSelector("vaadin-button[data-action='send-report']"));
            session.wait.until(d -> d.findElements(By.cssSelector("vaadin-button[data-action='send-report']"))
                    .isEmpty());

            session.logOut();
            session.logIn(leadAccount.email(), TestPeople.PASSWORD);
            session.open("/moderation/group/" + slug);
            session.waitForText(By.cssSelector(".queue-item"), advert);
            session.click(By.cssSelector(".queue-item vaadin-button[data-action='hide']"));
            session.type("reason", "Advertising.");
            session.click(By.cssSelector("vaadin-button[data-action='confirm-reason']"));
            session.byId("queue-empty");

            session.logOut();
            session.logIn(memberAccount.email(), TestPeople.PASSWORD);
            session.open("/threads/" + thread);
            session.waitForText(By.tagName("h1"), "Night buses");
            assertThat(session.browser.findElement(By.tagName("body")).getText())
                    .doesNotContain(advert);
        } catch (RuntimeException | AssertionError e) {
            session.screenshot("report-flow-failure");
            throw e;
        }
    }
}
