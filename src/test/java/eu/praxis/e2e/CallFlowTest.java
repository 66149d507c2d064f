package eu.praxis.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.TestClock;
import eu.praxis.TestPeople;
import eu.praxis.call.CallFixtures;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.Role;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 17's call in a real browser: the secretariat publishes a call for partners; a member city drafts its answer,
 * adds a PDF letter and sends it; the secretariat shortlists it and the city sees "Shortlisted"; after the deadline a
 * city that had the form open is told its answer comes too late.
 */
class CallFlowTest extends EndToEndTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_city_answers_a_call_with_a_letter_is_shortlisted_and_a_late_answer_is_refused() throws Exception {
        var title = "Partners for safer night transport "
                + UUID.randomUUID().toString().substring(0, 6);
        var secretary = people.account(Role.ADMIN);
        var liege = people.account(CallFixtures.city(organisations, "City of Liège"), Role.MEMBER);
        var riga = people.account(CallFixtures.city(organisations, "Riga City Council"), Role.MEMBER);
        // read in the browser's zone, the editor's default: three days ahead in any zone
        var deadline = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                .plusDays(3)
                .truncatedTo(ChronoUnit.HOURS);
        try {
            session.logIn(secretary.email(), TestPeople.PASSWORD);
            session.open("/calls");
            session.click(By.cssSelector("[data-action='new-call']"));
            session.type("call-title", title);
            session.type("call-body", "We look for **three cities** for a pilot of safer night buses.");
            session.setValue("call-deadline", deadline.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            session.click(By.cssSelector("[data-action='save-call']"));
            session.wait.until(d -> d.getCurrentUrl().matches(".*/calls/\\d+.*"));
            var callPath = session.browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
            session.waitForText(By.tagName("h1"), title);

            session.logOut();
            session.logIn(liege.email(), TestPeople.PASSWORD);
            session.open(callPath);
            session.type("motivation", "Liège runs night buses with stewards since 2023.");
            session.click(By.cssSelector("[data-action='save-draft']"));
            var letter = Files.createTempFile("letter-of-interest", ".pdf");
            Files.write(letter, CallFixtures.PDF);
            session.upload("letter-upload", letter);
            // the letter's link, which the page shows once it has taken the upload (the upload's own file list shows
            // the name earlier, while the page is still being rebuilt around the send button)
            session.waitForText(
                    By.cssSelector("#answer-form a[data-letter]"),
                    letter.getFileName().toString());
            session.click(By.cssSelector("[data-action='send-answer']"));
            session.waitForText(By.id("my-answer"), "Received");
            session.waitForText(By.id("my-answer"), letter.getFileName().toString());

            session.logOut();
            session.logIn(secretary.email(), TestPeople.PASSWORD);
            session.open(callPath);
            session.waitForText(By.id("call-answers"), "City of Liège");
            session.click(By.cssSelector("#call-answers [data-decision='SHORTLISTED']"));
            session.waitForText(By.id("call-answers"), "Shortlisted");

            session.logOut();
            session.logIn(liege.email(), TestPeople.PASSWORD);
            session.open(callPath);
            session.waitForText(By.id("my-answer"), "Shortlisted");
            session.screenshot("call-answer-shortlisted");

            session.logOut();
            session.logIn(riga.email(), TestPeople.PASSWORD);
            session.open(callPath);
            session.type("motivation", "Riga would like to join.");
            clock.advance(Duration.ofDays(4));
            session.click(By.cssSelector("[data-action='send-answer']"));
            session.waitForText(By.tagName("vaadin-notification-card"), "The call is closed");
            session.open(callPath);
            session.waitForText(By.id("call-answer"), "This call is closed");
            assertThat(session.browser.findElements(By.id("answer-form"))).isEmpty();
            session.screenshot("call-closed");
        } catch (RuntimeException | AssertionError e) {
            session.screenshot("call-flow-failure");
            throw e;
        }
    }
}
