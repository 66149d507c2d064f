package eu.praxis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.IntegrationTest;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupListItem;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticeFixtures;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.PracticeListItem;
import eu.praxis.practice.PracticeType;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The demo the tests and a first start load: the practice library imported without refusals (the
 * load fails the context otherwise), discussions in every group, attachments, and a permission sanity
 * check. Lower bounds only: other tests add their own practices and threads to the shared context.
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

    @Autowired
    PracticeLibrary library;

    @Autowired
    DiscussionReading discussions;

    @Autowired
    GroupDirectory groups;

    @Autowired
    OrganisationService organisations;

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
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
    @WithUserDetails(DemoAccounts.ADMIN)
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
    @WithUserDetails(DemoAccounts.ADMIN)
    void some_practices_have_attachments() {
        var withFiles = library().stream()
                .filter(p -> !library.get(p.id()).attachments().isEmpty())
                .count();
        assertThat(withFiles).isGreaterThanOrEqualTo(3);
    }

    @Test
    @WithUserDetails(DemoAccounts.MEMBER)
    void the_demo_member_sees_some_but_not_all_practices() {
        // Julien Lambert (Liège) is in no group: he sees the whole-network practices only.
        var seen = library().size();
        assertThat(seen).isPositive().isLessThan(40);
        assertThat(library())
                .extracting(PracticeListItem::title)
                .contains("One door for victims: Malmö's integrated domestic violence programme")
                .doesNotContain("Drogenkonsumraum am Hauptbahnhof und Akzeptanzarbeit im Quartier");
    }

    private List<PracticeListItem> library() {
        return PracticeFixtures.publishedVisible(library, organisations);
    }
}
