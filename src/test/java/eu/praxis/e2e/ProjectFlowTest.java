package eu.praxis.e2e;

import static eu.praxis.TestLogins.as;
import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.TestPeople;
import eu.praxis.event.EventFixtures;
import eu.praxis.event.EventKind;
import eu.praxis.event.EventScheduling;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.project.PartnerRole;
import eu.praxis.project.ProjectAdministration;
import eu.praxis.project.ProjectDraft;
import eu.praxis.project.ProjectPartner;
import eu.praxis.project.ProjectStatus;
import eu.praxis.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member city's official opens the projects, finds the one their city leads, and sees its partners on the map and
 * its coordination meeting on the timeline.
 */
class ProjectFlowTest extends EndToEndTest {

    @Autowired
    ProjectAdministration projects;

    @Autowired
    OrganisationService organisations;

    @Autowired
    EventScheduling events;

    @Autowired
    TestPeople people;

    @Test
    void a_member_finds_the_project_of_their_city_with_its_partners_on_the_map() {
        var token = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        var turin = as(
                0,
                Role.ADMIN,
                () -> organisations.register(
                        "City of Turin " + token, OrganisationKind.CITY, "IT", "Turin", LocalDate.of(1996, 1, 1)));
        var malmo = as(
                0,
                Role.ADMIN,
                () -> organisations.register(
                        "City of Malmö " + token, OrganisationKind.CITY, "SE", "Malmö", LocalDate.of(2005, 1, 1)));
        var acronym = "E2E-" + token;
        var project = as(
                0,
                Role.ADMIN,
                () -> projects.create(new ProjectDraft(
                        acronym,
                        "Video surveillance with an ethics committee",
                        "Internal Security Fund",
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        ProjectStatus.RUNNING,
                        "Two cities test an independent ethics committee for their cameras.",
                        "",
                        null,
                        List.of(
                                new ProjectPartner(turin, PartnerRole.LEAD),
                                new ProjectPartner(malmo, PartnerRole.PARTNER)),
                        Set.of(),
                        Set.of())));
        var meetingDraft = EventFixtures.ofKind(EventKind.COORDINATION_MEETING, null, false);
        var meeting = as(0, Role.ADMIN, () -> events.create(meetingDraft));
        as(0, Role.ADMIN, () -> projects.placeEvent(project, meeting, true));
        var official = people.account(turin, Role.MEMBER);

        session.logIn(official.email(), TestPeople.PASSWORD);
        session.open("/projects");
        session.click(By.linkText(acronym));
        session.wait.until(d -> d.getCurrentUrl().endsWith("/projects/" + project));
        session.waitForText(By.id("project-partners"), "City of Malmö " + token);

        var dots = session.wait.until(d -> {
            var found = d.findElements(By.cssSelector("svg.partner-map circle.partner-dot"));
            return found.size() == 2 ? found : null;
        });
        assertThat(dots).hasSize(2);
        // drawn, not just present: SVG elements with a size (an svg parsed as HTML draws nothing)
        var drawn = ((JavascriptExecutor) session.browser)
                .executeScript("return Array.from(document.querySelectorAll('svg.partner-map circle'))"
                        + ".filter(c => c.namespaceURI === 'http://www.w3.org/2000/svg'"
                        + " && c.getBoundingClientRect().width > 0).length");
        assertThat(drawn).isEqualTo(2L);
        session.waitForText(By.id("project-timeline"), meetingDraft.title());
        session.screenshot("project-page");

        // the base map is a static file the logged-in browser loads as an image
        var served = ((JavascriptExecutor) session.browser)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " fetch(document.querySelector('svg.partner-map image').href.baseVal)"
                        + ".then(r => r.text().then(t => done(r.status + ' ' + r.headers.get('content-type')"
                        + " + ' ' + t.includes('<path'))))");
        assertThat(served).asString().startsWith("200 image/svg+xml").endsWith("true");
    }
}
