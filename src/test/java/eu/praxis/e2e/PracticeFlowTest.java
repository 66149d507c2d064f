package eu.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.TestPeople;
import eu.praxis.group.JoinPolicy;
import eu.praxis.security.Role;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 3's flow in a real browser: a group's lead writes and publishes a practice sheet with an attachment;
 * another member of the group finds it in the library and replies in its discussion.
 */
class PracticeFlowTest extends EndToEndTest {

    @Test
    void a_lead_publishes_a_sheet_with_an_attachment_and_another_member_replies() throws Exception {
        var title = "Night mediators on the river banks "
                + UUID.randomUUID().toString().substring(0, 6);
        var nightlife = groups.group("Nightlife", JoinPolicy.OPEN, true);
        var lead = people.account(Role.MEMBER);
        var otherMember = people.account(Role.MEMBER);
        groups.leads(nightlife.id(), lead.id());
        groups.members(nightlife.id(), otherMember.id());
        try {
            session.logIn(lead.email(), TestPeople.PASSWORD);
            session.open("/practices/new/sheet");
            session.type("title", title);
            session.type("summary", "Mediators talk with night-time crowds before conflicts start.");
            session.setValue("period-start", "2025-06-01");
            session.choose("groups", nightlife.name());
            session.type("objectives", "Fewer noise complaints and fights along the river.");
            session.type("actions", "Teams of two mediators walk the banks on Friday and Saturday nights.");
            session.type("results", "Complaints fell by a third in the first summer.");
            session.click(By.id("save"));

            // The draft reopens in the editor, now with an upload for attachments.
            var file = Files.createTempFile("evaluation", ".txt");
            Files.writeString(file, "Evaluation of the night mediators: complaints fell by a third.");
            session.upload("upload", file);
            session.waitForText(
                    By.cssSelector(".practice-editor-attachments"),
                    file.getFileName().toString());
            session.click(By.id("save-publish"));
            session.wait.until(d -> d.getCurrentUrl().matches(".*/practices/\\d+/night-mediators.*"));

            session.logOut();
            session.logIn(otherMember.email(), TestPeople.PASSWORD);
            session.open("/practices");
            session.click(By.linkText(title));
            session.waitForText(By.tagName("a"), file.getFileName().toString());

            session.type("reply-form", "We tried this in **Lyon** too; happy to compare notes.");
            session.click(By.cssSelector("#reply-form vaadin-button"));
            session.waitForText(By.id("discussion"), "happy to compare notes");
            assertThat(session.byId("discussion")
                            .findElement(By.tagName("strong"))
                            .getText())
                    .isEqualTo("Lyon");
        } catch (RuntimeException | AssertionError e) {
            session.screenshot("practice-flow-failure");
            throw e;
        }
    }
}
