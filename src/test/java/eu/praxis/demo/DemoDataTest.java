package eu.praxis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.IntegrationTest;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.event.EventCalendar;
import eu.praxis.event.EventFilter;
import eu.praxis.event.EventKind;
import eu.praxis.event.RegistrationStatus;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupListItem;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonFilter;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticeFixtures;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.PracticeListItem;
import eu.praxis.practice.PracticeReview;
import eu.praxis.practice.PracticeSubmission;
import eu.praxis.practice.PracticeType;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one smoke test of the demo data (the other tests build what they need with fixtures): loads the demo into the
 * shared test database, next to the other tests' data, as the default run does on first start; then checks that it
 * is complete and consistent: the practice library imported without refusals (the load fails otherwise),
 * discussions in every group, attachments, the demo accounts with their permissions, and the events. Counts are of
 * the demo's own practices (by its organisations), whatever else the database holds.
 */
@IntegrationTest
class DemoDataTest {

    private static final List<String> GROUP_SLUGS = List.of(
            "organised-crime",
            "security-innovation",
            "nightlife",
            "drugs-harm-reduction",
            "polarisation-radicalisation",
            "sport-inclusion");

    /** Loaded once per test run: the demo's addresses are unique. */
    private static boolean loaded;

    @Autowired
    DemoData demo;

    @Autowired
    PracticeLibrary library;

    @Autowired
    DiscussionReading discussions;

    @Autowired
    GroupDirectory groups;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MemberService members;

    @Autowired
    EventCalendar events;

    @Autowired
    PracticeReview review;

    @BeforeEach
    void loadTheDemo() {
        synchronized (DemoDataTest.class) {
            if (!loaded) {
                demo.load();
                loaded = true;
            }
        }
    }

    @Test
    @WithUserDetails(value = DemoAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_admin_sees_a_library_of_sheets_and_case_studies_in_several_languages() {
        var library = library();
        assertThat(library).hasSizeGreaterThanOrEqualTo(40);
        var byType = library.stream().collect(Collectors.groupingBy(PracticeListItem::type, Collectors.counting()));
        assertThat(byType.get(PracticeType.SHEET)).isGreaterThanOrEqualTo(25);
        assertThat(byType.get(PracticeType.CASE_STUDY)).isGreaterThanOrEqualTo(12);
        assertThat(library).filteredOn(p -> !p.language().equals("en")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(library).extracting(PracticeListItem::language).contains("fr", "de", "es", "it");
        assertThat(library)
                .extracting(PracticeListItem::title)
                .contains("Drogenkonsumraum am Hauptbahnhof und Akzeptanzarbeit im Quartier");
    }

    @Test
    @WithUserDetails(value = DemoAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void every_group_has_threads_with_replies() {
        var ids = groups.list().stream().collect(Collectors.toMap(GroupListItem::slug, GroupListItem::id));
        for (var slug : GROUP_SLUGS) {
            var threads = discussions.newestThreadsOfGroup(ids.get(slug), 10);
            assertThat(threads).as(slug).hasSizeGreaterThanOrEqualTo(2);
            assertThat(discussions.thread(threads.getFirst().id()).replies())
                    .as(slug)
                    .isNotEmpty();
        }
    }

    @Test
    @WithUserDetails(value = DemoAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void some_practices_have_attachments() {
        var withFiles = library().stream()
                .filter(p -> !library.get(p.id()).attachments().isEmpty())
                .count();
        assertThat(withFiles).isGreaterThanOrEqualTo(3);
    }

    @Test
    @WithUserDetails(value = DemoAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_demo_member_sees_some_but_not_all_practices() {
        // Julien Lambert (Liège) is in no group: he sees the whole-network practices only.
        var seen = library().size();
        assertThat(seen).isPositive().isLessThan(40);
        assertThat(library())
                .extracting(PracticeListItem::title)
                .contains("One door for victims: Malmö's integrated domestic violence programme")
                .doesNotContain("Drogenkonsumraum am Hauptbahnhof und Akzeptanzarbeit im Quartier");
    }

    @Test
    @WithUserDetails(value = DemoAccounts.MEMBER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_demo_member_has_one_of_the_two_places_of_the_demo_webconference() {
        var mine = events.upcoming(new EventFilter(EventKind.WEBCONFERENCE, null, true, null), PageRequest.of(0, 10))
                .getContent();
        assertThat(mine).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Drug consumption rooms: lessons from Essen and Lisbon");
            assertThat(e.placesLeft()).isEqualTo(1);
            assertThat(e.myRegistration()).isEqualTo(RegistrationStatus.CONFIRMED);
        });
    }

    @Test
    @WithUserDetails(value = DemoAccounts.LEAD, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_demo_lead_has_a_case_study_to_review_in_nightlife() {
        assertThat(review.queue())
                .extracting(PracticeSubmission::title)
                .contains("Les correspondants de nuit des quais de Saône");
    }

    /** The demo's published practices the current person sees: those of the demo's authors' organisations. */
    private List<PracticeListItem> library() {
        var demoOrganisations = demoAuthorsOrganisations();
        return PracticeFixtures.publishedVisible(library, organisations).stream()
                .filter(p -> demoOrganisations.contains(p.authorOrganisationId()))
                .toList();
    }

    private static Set<Long> demoOrganisationIds;

    private synchronized Set<Long> demoAuthorsOrganisations() {
        if (demoOrganisationIds == null) {
            try (var in = DemoData.class.getResourceAsStream("/demo/practices.json")) {
                var emails = StreamSupport.stream(
                                JsonMapper.builder()
                                        .build()
                                        .readTree(in)
                                        .get("practices")
                                        .spliterator(),
                                false)
                        .map(p -> p.get("authorEmail").asString())
                        .collect(Collectors.toSet());
                demoOrganisationIds = RunAs.person(
                        0,
                        Role.ADMIN,
                        () -> emails.stream()
                                .map(email -> members.find(new PersonFilter(null, null, email), PageRequest.of(0, 1))
                                        .getContent()
                                        .getFirst()
                                        .organisationId())
                                .collect(Collectors.toSet()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return demoOrganisationIds;
    }
}
