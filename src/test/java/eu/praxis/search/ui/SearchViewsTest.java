package eu.praxis.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.ViewTestSupport;
import eu.praxis.base.Times;
import eu.praxis.content.ModerationAction;
import eu.praxis.discussion.DiscussionPosting;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.event.EventCalendar;
import eu.praxis.event.EventDraft;
import eu.praxis.event.EventKind;
import eu.praxis.event.EventScheduling;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.member.MemberService;
import eu.praxis.member.NewPerson;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticeDraft;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.PracticeModeration;
import eu.praxis.practice.PracticeType;
import eu.praxis.search.SearchIndexAdmin;
import eu.praxis.search.SearchParameters;
import eu.praxis.search.SearchSort;
import eu.praxis.search.SearchTestSupport;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * The practice library, the global search, similar practices and the index page, over practices that
 * each test writes with a word of its own ({@link #word}) that no other data contains: so the
 * results of a search for it are exactly this test's practices, whatever else the index holds.
 */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@WithAnonymousUser
class SearchViewsTest extends ViewTestSupport {

    @Autowired
    TestPeople people;

    @Autowired
    OrganisationFixtures organisationFixtures;

    @Autowired
    PracticeEditing practices;

    @Autowired
    PracticeLibrary library;

    @Autowired
    PracticeModeration practiceModeration;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationService organisations;

    @Autowired
    DiscussionReading discussions;

    @Autowired
    DiscussionPosting posting;

    @Autowired
    EventCalendar events;

    @Autowired
    EventScheduling eventScheduling;

    @Autowired
    SearchIndexAdmin index;

    @Autowired
    DataSource dataSource;

    /** This test's own word, e.g. {@code zq3f9a01bc}: letters and digits, one token for every analyser. */
    String word = "";

    String author = "";
    /** Members only, closed to researchers. */
    long closedGroup;
    /** Visible to researchers. */
    long openGroup;
    /** A sheet in the closed group with the word in its title and summary (Italy, the author's country). */
    long titled;
    /** A case study in the closed group, from France, with the word in its summary. */
    long french;
    /** A sheet in the group researchers see, with the word in its summary (Italy). */
    long visibleToResearchers;

    @BeforeEach
    void writePractices() {
        // consonants only: hex digits gave words whose first letters (cognates) another run's word could share
        word = SearchTestSupport.word();
        RunAs.secretariat(() -> {
            closedGroup = group("Search closed", false);
            openGroup = group("Search open", true);
            var turin = organisationFixtures.city("IT", "Turin");
            var email = "sv-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
            var person = members.registerActive(
                    new NewPerson(turin, email, "Sam Searcher " + email, null, Role.MEMBER, Locale.ENGLISH),
                    "search-view-password");
            groupMembership.addMember(closedGroup, person);
            groupMembership.addMember(openGroup, person);
            author = email;
        });
        logInAs(author);
        titled = publish(
                PracticeType.SHEET,
                "Night mediators " + word,
                "Mediators talk with crowds at closing time; " + word + " is our name for them.",
                null,
                LocalDate.of(2024, 1, 1),
                closedGroup);
        french = publish(
                PracticeType.CASE_STUDY,
                "Street lighting audit",
                "Residents walked the streets at night and the " + word + " team mapped dark corners.",
                "FR",
                LocalDate.of(2022, 5, 1),
                closedGroup);
        visibleToResearchers = publish(
                PracticeType.SHEET,
                "Safer school routes",
                "Parents and police plan routes to school with the " + word + " method.",
                null,
                LocalDate.of(2023, 3, 1),
                openGroup);
        awaitIndexed();
    }

    @Test
    void a_query_shows_ranked_results_with_marked_snippets_and_the_count() {
        open("practices", PracticeLibraryView.class);

        query().setValue(word);

        assertThat(currentPath()).isEqualTo("practices?q=" + word);
        assertThat(count()).isEqualTo(t("search.count", 3));
        // the word in the title as well as in the summary ranks first
        assertThat(resultTitles().getFirst()).isEqualTo("Night mediators " + word);
        assertThat(resultTitles()).hasSize(3);
        assertThat(snippets()).hasSize(3).allSatisfy(html -> assertThat(html).contains("<mark>"));
        assertThat(find(Anchor.class).id("export-csv").getHref()).isEqualTo("search/export.csv?q=" + word);
        assertThat(find(Anchor.class).id("export-json").getHref()).isEqualTo("search/export.json?q=" + word);
        assertThat(find(Anchor.class).id("export-csv").getElement().getAttribute("router-ignore"))
                .isNotNull();
    }

    @Test
    void the_author_still_finds_a_hidden_practice_marked_hidden() {
        RunAs.secretariat(() ->
                practiceModeration.apply(CurrentUser.require(), french, ModerationAction.HIDE, "Figures to check"));
        awaitIndexed();

        open("practices?q=" + word, PracticeLibraryView.class);

        assertThat(resultTitles()).hasSize(3);
        assertThat(moderationBadges())
                .containsExactly(Map.entry("Street lighting audit", t("common.moderation.hidden")));
    }

    @Test
    void a_facet_narrows_the_results_and_updates_the_counts() {
        open("practices?q=" + word, PracticeLibraryView.class);
        assertThat(labels(facet("country")))
                .containsExactlyInAnyOrder(t("search.facet.value", "Italy", 2), t("search.facet.value", "France", 1));
        assertThat(labels(facet("kind")))
                .containsExactlyInAnyOrder(
                        t("search.facet.value", t("search.kind.SHEET"), 2),
                        t("search.facet.value", t("search.kind.CASE_STUDY"), 1));

        test(facet("country")).selectItem(t("search.facet.value", "France", 1));

        assertThat(currentPath()).isEqualTo("practices?q=" + word + "&country=FR");
        assertThat(count()).isEqualTo(t("search.count", 1));
        assertThat(resultTitles()).containsExactly("Street lighting audit");
        assertThat(labels(facet("kind"))).containsExactly(t("search.facet.value", t("search.kind.CASE_STUDY"), 1));
        assertThat(facet("country").getValue()).containsExactly("FR");
        assertThat(find(Anchor.class).id("export-csv").getHref())
                .isEqualTo("search/export.csv?q=" + word + "&country=FR");
    }

    @Test
    void the_address_restores_the_search() {
        open("practices?q=" + word + "&country=IT&kind=SHEET&sort=oldest&page=7", PracticeLibraryView.class);

        assertThat(query().getValue()).isEqualTo(word);
        assertThat(sort().getValue()).isEqualTo(SearchSort.OLDEST);
        assertThat(facet("country").getValue()).containsExactly("IT");
        assertThat(facet("kind").getValue()).containsExactly("SHEET");
        // page 7 no longer exists: the last page shows
        assertThat(resultTitles()).containsExactlyInAnyOrder("Night mediators " + word, "Safer school routes");
        assertThat(count()).isEqualTo(t("search.count", 2));

        // a link from a group's page narrows the library to the group
        open("practices?group=" + openGroup, PracticeLibraryView.class);
        assertThat(query().getValue()).isEmpty();
        assertThat(facet("group").getValue()).containsExactly(Long.toString(openGroup));
        assertThat(resultTitles()).containsExactly("Safer school routes");
    }

    @Test
    void the_facets_fold_behind_a_filters_button_that_counts_the_chosen_ones() {
        open("practices?q=" + word + "&country=IT", PracticeLibraryView.class);
        var toggle = find(Button.class).id("search-filters-toggle");
        var facets = find(Component.class).id("search-facets");
        assertThat(toggle.getText()).isEqualTo(t("search.filters.chosen", 1));
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo("search-facets");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        // folded only on a phone, by styles.css, as long as this class is missing
        assertThat(facets.getElement().getClassList()).doesNotContain("open");

        test(toggle).click();
        assertThat(facets.getElement().getClassList()).contains("open");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");

        facet("country").setValue(Set.of());
        assertThat(find(Button.class).id("search-filters-toggle").getText()).isEqualTo(t("search.filters"));
    }

    @Test
    void a_query_too_long_for_the_address_is_cut_there_with_a_notice_once() {
        var long10k = word + " " + "lighting ".repeat(1200);
        open(
                "practices?q="
                        + URLEncoder.encode(long10k, StandardCharsets.UTF_8).replace("+", "%20") + "&country=IT",
                PracticeLibraryView.class);

        // the address a reload sends is short again; the filters stay
        var address = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(address.getPath()).isEqualTo("practices");
        assertThat(address.getQueryParameters().getSingleParameter("q"))
                .hasValue(long10k.substring(0, SearchParameters.MAX_QUERY_LENGTH));
        assertThat(address.getQueryParameters().getSingleParameter("country")).hasValue("IT");
        assertThat(address.getPathWithQueryParameters().length()).isLessThan(2 * SearchParameters.MAX_QUERY_LENGTH);
        assertThat(query().getValue()).hasSize(SearchParameters.MAX_QUERY_LENGTH);
        assertThat(find(Component.class).id("search-shortened").getElement().getText())
                .isEqualTo(t("search.shortened", SearchParameters.MAX_QUERY_LENGTH));

        // the next search says nothing more about it
        sort().setValue(SearchSort.NEWEST);
        assertThat(find(Component.class).withId("search-shortened").exists()).isFalse();
    }

    @Test
    void hostile_input_shows_results_or_the_empty_state_never_an_error() {
        open("practices", PracticeLibraryView.class);
        var hostile = List.of(
                "\"",
                "\\",
                "\"" + word,
                word + " \\",
                "-",
                "OR",
                "((",
                "*:*",
                "<script>alert(1)</script>",
                word + " " + "a\"b\\c ".repeat(1700));
        for (var input : hostile) {
            query().setValue(input);

            assertThat(getCurrentView()).as(input).isInstanceOf(PracticeLibraryView.class);
            assertThat(shown("search-empty") || !resultTitles().isEmpty())
                    .as(input)
                    .isTrue();
            assertThat(count()).as(input).isNotBlank();
        }
        assertThat(snippets()).noneMatch(html -> html.contains("<script>"));
    }

    @Test
    void nothing_found_suggests_a_way_out_of_the_filters() {
        open("practices?q=" + word + "&country=SE", PracticeLibraryView.class);

        assertThat(text(find(Component.class).id("search-empty"))).contains(t("search.empty.query", word));
        assertThat(count()).isEqualTo(t("search.count", 0));
        // the service's suggestion says what clearing the filters would find
        assertThat(text(find(Component.class).id("search-empty"))).contains(t("search.suggestion.without-filters", 3));
        test(find(Button.class).id("clear-filters")).click();

        assertThat(currentPath()).isEqualTo("practices?q=" + word);
        assertThat(count()).isEqualTo(t("search.count", 3));
        assertThat(shown("search-empty")).isFalse();
    }

    @Test
    void a_researcher_gets_the_same_page_with_only_what_researchers_may_see() {
        logInAs(people.account(Role.RESEARCHER).email());
        open("practices?q=" + word, PracticeLibraryView.class);

        assertThat(resultTitles()).containsExactly("Safer school routes");
        assertThat(count()).isEqualTo(t("search.count", 1));
        assertThat(labels(facet("country"))).containsExactly(t("search.facet.value", "Italy", 1));
        // the same search page; only the buttons for writing are missing
        assertThat(find(Button.class).withId("new-sheet").exists()).isFalse();
        logInAs(author);
        open("practices?q=" + word, PracticeLibraryView.class);
        assertThat(find(Button.class).withId("new-sheet").exists()).isTrue();
        assertThat(resultTitles()).hasSize(3);
    }

    @Test
    void the_shell_search_field_opens_the_global_search_over_practices_and_discussions() {
        var threadId =
                posting.startThread(closedGroup, "Who else uses " + word + "?", "We would like to compare notes.");
        awaitIndexed();
        open("practices", PracticeLibraryView.class);
        var field = find(TextField.class).id("global-search");
        field.setValue(word);

        ComponentUtil.fireEvent(field, new KeyDownEvent(field, "Enter"));

        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
        assertThat(currentPath()).isEqualTo("search?q=" + word);
        assertThat(query().getValue()).isEqualTo(word);
        assertThat(count()).isEqualTo(t("search.count", 4));
        var thread = find(Anchor.class).from(find(Component.class).id("search-results")).all().stream()
                .filter(a -> a.getText().equals("Who else uses " + word + "?"))
                .findFirst()
                .orElseThrow();
        assertThat(thread.getHref()).isEqualTo("threads/" + threadId);
        assertThat(labels(facet("kind"))).contains(t("search.facet.value", t("search.kind.THREAD"), 1));
        assertThat(find(Anchor.class).id("export-json").getHref())
                .isEqualTo("search/export.json?q=" + word + "&scope=everything");
    }

    @Test
    void the_global_search_shows_an_upcoming_webconference_with_its_badge_its_start_and_a_link_to_its_page() {
        logInAs(people.account(Role.ADMIN).email());
        var paris = ZoneId.of("Europe/Paris");
        var start = LocalDateTime.now(paris)
                .plusDays(9)
                .withHour(14)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        var id = eventScheduling.create(new EventDraft(
                EventKind.WEBCONFERENCE,
                "Webconference on " + word,
                "Night mediation, one year on.",
                start,
                start.plusHours(1),
                paris,
                null,
                "https://meet.example.org/search",
                null,
                Set.of(),
                false,
                null,
                null));
        awaitIndexed();
        logInAs(author);

        open("search?q=" + word, SearchView.class);

        var card = find(Component.class).withClassName("search-hit").all().stream()
                .filter(c -> "EVENT".equals(c.getElement().getAttribute("data-kind")))
                .findFirst()
                .orElseThrow();
        var link =
                find(Anchor.class).from(card).withClassName("search-hit-title").single();
        assertThat(link.getText()).isEqualTo("Webconference on " + word);
        assertThat(link.getHref()).isEqualTo("events/" + id);
        assertThat(find(Span.class)
                        .from(card)
                        .withClassName("search-badge")
                        .single()
                        .getText())
                .isEqualTo(t("search.kind.EVENT"));
        // its start, in the viewer's zone (the server's until the browser tells its own), instead of a year
        assertThat(find(Component.class)
                        .from(card)
                        .withClassName("search-hit-about")
                        .single()
                        .getElement()
                        .getText())
                .isEqualTo(Times.moment(
                        start.atZone(paris).toInstant(),
                        ZoneId.systemDefault(),
                        UI.getCurrent().getLocale()));
        assertThat(labels(facet("kind"))).contains(t("search.facet.value", t("search.kind.EVENT"), 1));
        // not in the library
        open("practices?q=" + word, PracticeLibraryView.class);
        assertThat(resultTitles()).doesNotContain("Webconference on " + word);
    }

    @Test
    void a_practice_page_lists_similar_practices_and_nothing_when_there_are_none() {
        var text = "Volunteer " + word + " stewards patrol the riverside promenade on summer weekends, "
                + "helping drunk visitors home and calming disputes before the police are needed.";
        var first = publish(
                PracticeType.SHEET, "Riverside stewards " + word, text, null, LocalDate.of(2024, 6, 1), closedGroup);
        var second = publish(
                PracticeType.SHEET, "Promenade stewards " + word, text, null, LocalDate.of(2023, 6, 1), closedGroup);
        // nothing in it is written anywhere else, so nothing is like it (fresh words: "<word>e" would stem to <word>)
        var nonsense = String.join(" ", List.of(freshWord(), freshWord(), freshWord(), freshWord()));
        var lonely = publish(
                PracticeType.SHEET, freshWord(), nonsense, freshWord(), null, LocalDate.of(2024, 6, 1), closedGroup);
        awaitIndexed();

        navigate(library.get(first).permalink(), Component.class);

        var section = find(Component.class).id("similar-practices");
        assertThat(find(H2.class).from(section).single().getText()).isEqualTo(t("search.similar.title"));
        var links = find(Anchor.class).from(section).all();
        assertThat(links)
                .extracting(Anchor::getText)
                .contains("Promenade stewards " + word)
                .doesNotContain("Riverside stewards " + word)
                .hasSizeLessThanOrEqualTo(SimilarPractices.SHOWN);
        assertThat(links)
                .extracting(Anchor::getHref)
                .contains(library.get(second).permalink());

        navigate(library.get(lonely).permalink(), Component.class);
        assertThat(find(Component.class).withId("similar-practices").exists()).isFalse();
        assertThat(find(H2.class).all()).extracting(H2::getText).doesNotContain(t("search.similar.title"));
    }

    @Test
    void the_secretariat_rebuilds_the_index_and_watches_it_to_the_end() {
        logInAs(people.account(Role.ADMIN).email());
        open("admin/search", SearchIndexView.class);

        test(find(Button.class).id("rebuild")).click();

        var ui = UI.getCurrent();
        // The browser polls while the rebuild runs; here the test sends the polls.
        await().pollInSameThread().atMost(Duration.ofSeconds(120)).until(() -> {
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
            return ui.getPollInterval() == -1;
        });
        var bar = find(ProgressBar.class).id("rebuild-progress");
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.getValue()).isEqualTo(1.0);
        assertThat(find(Button.class).id("rebuild").isEnabled()).isTrue();
        var status = index.status();
        assertThat(status.running()).isFalse();
        assertThat(status.failure()).isNull();
        assertThat(status.total()).isPositive();
        assertThat(find(Component.class).id("rebuild-outcome").getElement().getText())
                .isEqualTo(t(
                        "search.admin.finished",
                        Times.moment(status.finishedAt(), ZoneId.systemDefault(), ui.getLocale()),
                        status.total()));
        // the rebuilt index still finds this test's practices, once each
        open("practices?q=" + word, PracticeLibraryView.class);
        assertThat(resultTitles())
                .containsExactlyInAnyOrder("Night mediators " + word, "Street lighting audit", "Safer school routes");
    }

    @Test
    void a_member_is_refused_the_index_page() {
        logInAs(people.account(Role.MEMBER).email());

        var page = navigate("admin/search", Component.class);

        assertThat(page).isNotInstanceOf(SearchIndexView.class);
        assertThat(text(page)).contains(t("error.access-denied"));
        assertThat(find(Button.class).withId("rebuild").exists()).isFalse();
    }

    private long publish(
            PracticeType type, String title, String text, @Nullable String country, LocalDate start, long group) {
        return publish(type, title, text, null, country, start, group);
    }

    /** A published practice whose every text is {@code text}, so that nothing else decides what it is similar to. */
    private long publish(
            PracticeType type,
            String title,
            String text,
            @Nullable String city,
            @Nullable String country,
            LocalDate start,
            long group) {
        var sheet = type == PracticeType.SHEET;
        var id = practices.create(new PracticeDraft(
                type,
                title,
                text,
                city,
                country,
                "en",
                start,
                null,
                Set.of(),
                Set.of(group),
                false,
                sheet ? text : null,
                sheet ? text : null,
                null,
                sheet ? text : null,
                null,
                null,
                sheet ? null : text));
        practices.publish(id);
        return id;
    }

    private static String freshWord() {
        return "zx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Index changes go through the outbox and reach the index shortly after commit. */
    private void awaitIndexed() {
        new SearchTestSupport(dataSource).awaitIndexed();
    }

    private long group(String name, boolean visibleToResearchers) {
        var slug = groupAdministration.create(new NewGroup(
                name + " " + UUID.randomUUID().toString().substring(0, 8),
                "A group for search view tests.",
                JoinPolicy.INVITE_ONLY,
                visibleToResearchers));
        return groups.get(slug).id();
    }

    /** Opens an address with query parameters, which the test's {@code navigate} does not take. */
    private <T extends Component> T open(String address, Class<T> view) {
        var query = address.indexOf('?');
        UI.getCurrent()
                .navigate(
                        query < 0 ? address : address.substring(0, query),
                        query < 0 ? QueryParameters.empty() : QueryParameters.fromString(address.substring(query + 1)));
        assertThat(getCurrentView()).isInstanceOf(view);
        return view.cast(getCurrentView());
    }

    private boolean shown(String id) {
        return find(Component.class).withId(id).exists();
    }

    private TextField query() {
        return find(TextField.class).id("search-query");
    }

    @SuppressWarnings("unchecked")
    private Select<SearchSort> sort() {
        return find(Select.class).id("search-sort");
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<String> facet(String name) {
        return find(CheckboxGroup.class).id("facet-" + name);
    }

    private static List<String> labels(CheckboxGroup<String> group) {
        return group.getListDataView()
                .getItems()
                .map(group.getItemLabelGenerator())
                .toList();
    }

    private String count() {
        return find(Span.class).id("search-count").getText();
    }

    private List<String> resultTitles() {
        return find(Anchor.class).withClassName("search-hit-title").all().stream()
                .map(Anchor::getText)
                .toList();
    }

    /** Moderation badges by the title of their result. */
    private List<Map.Entry<String, String>> moderationBadges() {
        return find(Span.class).withClassName("moderation-badge").all().stream()
                .map(badge -> Map.entry(
                        ((Anchor) badge.getParent()
                                        .orElseThrow()
                                        .getChildren()
                                        .findFirst()
                                        .orElseThrow())
                                .getText(),
                        badge.getText()))
                .toList();
    }

    private List<String> snippets() {
        return find(Span.class).withClassName("search-snippet").all().stream()
                .map(s -> s.getElement().getProperty("innerHTML", ""))
                .toList();
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
