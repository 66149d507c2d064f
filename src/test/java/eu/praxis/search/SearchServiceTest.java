package eu.praxis.search;

import static eu.praxis.practice.PracticeFixtures.as;
import static eu.praxis.practice.PracticeFixtures.sheet;
import static eu.praxis.search.SearchTestSupport.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import eu.praxis.IntegrationTest;
import eu.praxis.WithNewPerson;
import eu.praxis.base.NotFoundException;
import eu.praxis.content.ContentModeration;
import eu.praxis.content.ModerationAction;
import eu.praxis.discussion.DiscussionPosting;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.discussion.ReplyModeration;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDetails;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticeDraft;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeFixtures;
import eu.praxis.practice.PracticeFixtures.Who;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.PracticeModeration;
import eu.praxis.practice.PracticeType;
import eu.praxis.practice.ThemeService;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search service on a multilingual library ({@link SearchFixtures#library}) and on practices each test writes with made-up words (so that tests
 * do not see each other's data): relevance, query syntax, hostile input, permissions across roles (hits,
 * totals, facets and snippets), facet counts against the database, and that a change is searchable after
 * commit. Index changes are asynchronous (outbox): tests wait for the outbox to be empty.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
class SearchServiceTest {

    @Autowired
    SearchFixtures searchFixtures;

    @Autowired
    SearchService search;

    @Autowired
    PracticeEditing practices;

    @Autowired
    PracticeLibrary library;

    @Autowired
    PracticeModeration practiceModeration;

    @Autowired
    DiscussionReading discussions;

    @Autowired
    DiscussionPosting posting;

    @Autowired
    ContentModeration contentModeration;

    @Autowired
    ThemeService themes;

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
    DataSource dataSource;

    @Autowired
    OrganisationFixtures organisationFixtures;

    SearchTestSupport index;
    PracticeFixtures fixtures;
    Who admin;
    Who author;
    Who member;
    Who outsider;
    Who researcher;
    /** Members only, closed to researchers: the author and the member are in it. */
    GroupDetails privateGroup;
    /** Open to researchers; the author is in it. */
    GroupDetails researcherGroup;

    long theme;

    @BeforeEach
    void createPeople() {
        index = new SearchTestSupport(dataSource);
        fixtures = new PracticeFixtures(members, groups, groupMembership, groupAdministration);
        var authors = organisationFixtures.city();
        var others = organisationFixtures.city();
        admin = new Who(CurrentUser.require().personId(), CurrentUser.require().organisationId(), Role.ADMIN);
        author = fixtures.person(authors, Role.MEMBER);
        member = fixtures.person(others, Role.MEMBER);
        outsider = fixtures.person(others, Role.MEMBER);
        researcher = fixtures.person(others, Role.RESEARCHER);
        privateGroup = fixtures.group(JoinPolicy.INVITE_ONLY, false);
        researcherGroup = fixtures.group(JoinPolicy.OPEN, true);
        groupMembership.addMember(privateGroup.id(), author.id());
        groupMembership.addMember(privateGroup.id(), member.id());
        groupMembership.addMember(researcherGroup.id(), author.id());
        theme = themes.create(word(), word());
    }

    @Test
    void finds_the_essen_practice_first_for_drug_consumption_room() {
        var library = library();
        index.awaitIndexed();
        var hits = search.search(library.request("drug consumption room"), 0, 5).hits();
        // the thesaurus makes the English words find the German "Drogenkonsumraum", which Essen's title and
        // summary carry (its lockdown sequel only in the title)
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().title()).startsWith("Drogenkonsumraum am Hauptbahnhof");
        // a phrase found through several-word synonyms still marks them ("réduction des risques" in Liège's
        // partners for "harm reduction"), though the highlighter cannot mark a phrase of such synonyms as one
        var liege = search.search(library.request("\"harm reduction\""), 0, 20).hits().stream()
                .filter(hit -> hit.title().contains("Liège"))
                .findFirst()
                .orElseThrow();
        assertThat(liege.snippetHtml()).contains("<mark>réduction</mark> des <mark>risques</mark>");
    }

    @Test
    void a_french_query_finds_the_english_domestic_violence_practice() {
        var library = library();
        index.awaitIndexed();
        var titles = search.search(library.request("violences conjugales"), 0, 10).hits().stream()
                .map(SearchHit::title)
                .toList();
        assertThat(titles).anyMatch(t -> t.startsWith("One door for victims: Malmö"));
        // and its own language still counts: the French Covid practice on "violences conjugales" is found too
        assertThat(titles).anyMatch(t -> t.contains("violences conjugales"));
    }

    @Test
    void phrases_exclusions_and_or_work_as_typed() {
        var token = word();
        // (the fixture's other fields mention "night" and "streets": these words are not in them)
        var alpha = publish(author, token + " alpha harbour patrols", Set.of(), true);
        var beta = publish(author, token + " beta harbour lighting", Set.of(), true);
        var gamma = publish(author, token + " gamma street lighting", Set.of(), true);
        index.awaitIndexed();

        assertThat(ids(token + " harbour")).containsExactlyInAnyOrder(alpha, beta);
        assertThat(ids(token + " -beta")).containsExactlyInAnyOrder(alpha, gamma);
        assertThat(ids(token + " NOT beta")).containsExactlyInAnyOrder(alpha, gamma);
        assertThat(ids(token + " alpha OR gamma")).containsExactlyInAnyOrder(alpha, gamma);
        assertThat(ids(token + " alpha | gamma")).containsExactlyInAnyOrder(alpha, gamma);
        assertThat(ids(token + " \"harbour lighting\"")).containsExactly(beta);
        assertThat(ids(token + " \"lighting harbour\"")).isEmpty();
        // words may be found in different fields: the token is in the title, "lighting" in the summary too
        assertThat(ids(token + " lighting")).containsExactlyInAnyOrder(beta, gamma);
    }

    @Test
    void hostile_queries_return_normally() {
        var token = word();
        var practice = publish(author, token + " hostile input check", Set.of(), true);
        index.awaitIndexed();
        var error = "This search could not be run. Try other words.";
        for (var query : List.of(
                "\"",
                "\"" + token,
                token + " \"",
                "*",
                "\\",
                "-",
                "- -",
                "|",
                "OR",
                "AND",
                "title:(a AND b)~2^3 [* TO *]",
                "(((",
                ")))",
                "a\\",
                "+-|*\"~^",
                "NOT",
                token + " OR",
                "x".repeat(10_000),
                (token + " ").repeat(2_000),
                "\u0000\uFFFF\uD83D\uDE00",
                "'",
                "l'",
                "*" + token,
                "digitale gebruiksruimte",
                "drug consumption room salle de consommation Drogenkonsumraum")) {
            var results = search.search(SearchRequest.of(query, SearchScope.EVERYTHING), 0, 10);
            assertThat(results.suggestions())
                    .as(query.length() > 50 ? query.substring(0, 50) : query)
                    .doesNotContain(error);
        }
        // the token still counts when surrounded by noise
        assertThat(ids("title:(" + token + " AND hostile)~2^3 [* TO *]")).isEmpty();
        assertThat(ids("\"" + token)).containsExactly(practice);
        assertThat(ids(token + "*")).containsExactly(practice);
    }

    @Test
    void each_role_finds_only_what_it_may_see_in_hits_totals_facets_and_snippets() {
        var token = word();
        var secret = word();
        var inPrivate = publish(author, token + " private " + secret, Set.of(privateGroup.id()), false);
        var network = publish(author, token + " network", Set.of(), true);
        var forResearchers = publish(author, token + " research", Set.of(researcherGroup.id()), false);
        var draft =
                as(author, () -> practices.create(sheet(token + " draft " + secret, Set.of(theme), Set.of(), true)));
        index.awaitIndexed();

        assertThat(as(member, () -> ids(token))).containsExactlyInAnyOrder(inPrivate, network);
        assertThat(as(outsider, () -> ids(token))).containsExactlyInAnyOrder(network);
        assertThat(as(researcher, () -> ids(token))).containsExactlyInAnyOrder(network, forResearchers);
        assertThat(ids(token)).containsExactlyInAnyOrder(inPrivate, network, forResearchers);
        // the author sees what they may edit, but drafts are never found
        assertThat(as(author, () -> ids(token)))
                .containsExactlyInAnyOrder(inPrivate, network, forResearchers)
                .doesNotContain(draft);

        for (var who : List.of(outsider, researcher)) {
            var bySecret = as(who, () -> search.search(SearchRequest.of(secret, SearchScope.EVERYTHING), 0, 10));
            assertThat(bySecret.total()).isZero();
            assertThat(bySecret.facets().themes()).isEmpty();
            var byToken = as(who, () -> search.search(SearchRequest.of(token, SearchScope.EVERYTHING), 0, 10));
            assertThat(byToken.hits()).allSatisfy(h -> {
                assertThat(h.snippetHtml()).doesNotContain(secret);
                assertThat(h.title()).doesNotContain(secret);
            });
            assertThat(byToken.facets().groups())
                    .extracting(FacetValue::value)
                    .doesNotContain(String.valueOf(privateGroup.id()));
            var themeCount = byToken.facets().themes().stream()
                    .filter(v -> v.value().equals(String.valueOf(theme)))
                    .mapToLong(FacetValue::count)
                    .sum();
            assertThat(themeCount).isEqualTo(byToken.total());
        }
        var memberResults = as(member, () -> search.search(SearchRequest.of(secret, SearchScope.EVERYTHING), 0, 10));
        assertThat(memberResults.total()).isEqualTo(1);
        assertThat(memberResults.hits().getFirst().snippetHtml()
                        + memberResults.hits().getFirst().title())
                .contains(secret);
    }

    @Test
    void a_hidden_word_is_highlighted_only_with_mark_tags_and_escaped() {
        var token = word();
        var id = as(
                author,
                () -> practices.create(new PracticeDraft(
                        PracticeType.SHEET,
                        token + " snippets",
                        "Before <b>bold</b> & the " + token + " after.",
                        "Turin",
                        "IT",
                        "en",
                        LocalDate.of(2024, 1, 1),
                        null,
                        Set.of(theme),
                        Set.of(),
                        true,
                        "Objectives.",
                        "Actions.",
                        null,
                        "Results.",
                        null,
                        null,
                        null)));
        as(author, () -> practices.publish(id));
        index.awaitIndexed();
        var hit = search.search(SearchRequest.of(token + " after", SearchScope.LIBRARY), 0, 1)
                .hits()
                .getFirst();
        assertThat(hit.snippetHtml())
                .contains("<mark>" + token + "</mark>")
                .contains("&lt;b&gt;")
                .doesNotContain("<b>");
    }

    @Test
    void a_prefix_marks_the_words_it_found_in_the_snippet() {
        var token = word();
        var id = as(
                author,
                () -> practices.create(new PracticeDraft(
                        PracticeType.SHEET,
                        token + " prefixes",
                        "Night mediators of " + token + " talk with crowds.",
                        "Turin",
                        "IT",
                        "en",
                        LocalDate.of(2024, 1, 1),
                        null,
                        Set.of(theme),
                        Set.of(),
                        true,
                        "Objectives.",
                        "Actions.",
                        null,
                        "Results.",
                        null,
                        null,
                        null)));
        as(author, () -> practices.publish(id));
        index.awaitIndexed();
        var hit = search.search(SearchRequest.of(token + " medi*", SearchScope.LIBRARY), 0, 1)
                .hits()
                .getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>mediators</mark>");
    }

    @Test
    void facet_counts_equal_the_database_for_the_same_viewer_and_are_multi_select() {
        // practices the member sees (whole network, and in the member's group), whatever else the database holds
        publish(author, word() + " facets", Set.of(), true);
        publish(author, word() + " facets in a group", Set.of(privateGroup.id()), false);
        index.awaitIndexed();
        as(member, () -> {
            var results = search.search(SearchRequest.of("", SearchScope.LIBRARY), 0, 10);
            var listed = PracticeFixtures.publishedVisible(library, organisations);
            assertThat(results.total()).isEqualTo(listed.size());
            Map<String, Long> themeCounts = new HashMap<>();
            listed.forEach(p -> p.themes().forEach(t -> themeCounts.merge(String.valueOf(t.id()), 1L, Long::sum)));
            assertThat(results.facets().themes().stream()
                            .collect(Collectors.toMap(FacetValue::value, FacetValue::count)))
                    .isEqualTo(themeCounts);
            var countryCounts = listed.stream().collect(Collectors.groupingBy(p -> p.country(), Collectors.counting()));
            assertThat(results.facets().countries().stream()
                            .collect(Collectors.toMap(FacetValue::value, FacetValue::count)))
                    .isEqualTo(countryCounts);
            var kindCounts =
                    listed.stream().collect(Collectors.groupingBy(p -> p.type().name(), Collectors.counting()));
            assertThat(results.facets().kinds().stream()
                            .collect(Collectors.toMap(FacetValue::value, FacetValue::count)))
                    .isEqualTo(kindCounts);

            // choosing a theme narrows the hits and the other facets, not the theme facet itself
            var chosen = results.facets().themes().getFirst();
            var narrowed = search.search(
                    new SearchRequest(
                            "",
                            SearchScope.LIBRARY,
                            Set.of(),
                            Set.of(Long.parseLong(chosen.value())),
                            Set.of(),
                            Set.of(),
                            Set.of(),
                            Set.of(),
                            Set.of(),
                            Set.of(),
                            eu.praxis.search.SearchSort.NEWEST),
                    0,
                    10);
            assertThat(narrowed.total()).isEqualTo(chosen.count());
            assertThat(narrowed.facets().themes()).isEqualTo(results.facets().themes());
            assertThat(narrowed.facets().countries().stream()
                            .mapToLong(FacetValue::count)
                            .sum())
                    .isEqualTo(chosen.count());
        });
    }

    @Test
    void an_attachments_text_is_searchable_until_the_attachment_is_removed() {
        var id = publish(author, word() + " with a file", Set.of(), true);
        var inFile = word();
        var attachment = as(
                author,
                () -> practices.attach(
                        id,
                        new ByteArrayInputStream(
                                ("Annex: the " + inFile + " evaluation.").getBytes(StandardCharsets.UTF_8)),
                        "annex.txt"));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> ids(inFile).contains(id));
        var hit = search.search(SearchRequest.of(inFile, SearchScope.LIBRARY), 0, 1)
                .hits()
                .getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>" + inFile + "</mark>");

        as(author, () -> practices.removeAttachment(attachment.id()));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> ids(inFile).isEmpty());
    }

    @Test
    void a_change_is_searchable_shortly_after_commit() {
        var token = word();
        var id = publish(author, token + " before", Set.of(), true);
        var renamed = word();
        as(author, () -> practices.update(id, sheet(renamed + " after", Set.of(theme), Set.of(), true), null));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> ids(renamed).contains(id));

        var replyWord = word();
        as(member, () -> posting.replyToPractice(id, "A reply about " + replyWord + "."));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> idsEverywhere(replyWord).size() == 1);
        var thread = search.search(SearchRequest.of(replyWord, SearchScope.EVERYTHING), 0, 1)
                .hits()
                .getFirst();
        assertThat(thread.kind()).isEqualTo(ResultKind.THREAD);
        assertThat(thread.path()).startsWith("/threads/");
        // the practice's thread follows its practice's audience: shared only in the private group now
        as(
                author,
                () -> practices.update(
                        id, sheet(renamed + " after", Set.of(theme), Set.of(privateGroup.id()), false), null));
        index.awaitIndexed();
        assertThat(as(outsider, () -> idsEverywhere(replyWord))).isEmpty();
        assertThat(as(member, () -> idsEverywhere(replyWord))).containsExactly(thread.id());
    }

    @Test
    void hidden_and_deleted_content_leaves_the_results_and_counts_of_those_who_may_not_see_it() {
        var token = word();
        var hidden = publish(author, token + " hidden", Set.of(), true);
        var deleted = publish(author, token + " deleted", Set.of(), true);
        var kept = publish(author, token + " kept", Set.of(), true);
        var hiddenReplyWord = word();
        as(member, () -> posting.replyToPractice(kept, "About " + hiddenReplyWord + "."));
        index.awaitIndexed();
        var reply = Optional.ofNullable(
                        discussions.discussionOfPractice(library.get(kept)).thread())
                .orElseThrow()
                .replies()
                .getFirst()
                .id();

        practiceModeration.apply(CurrentUser.require(), hidden, ModerationAction.HIDE, "Confidential figures");
        practiceModeration.apply(CurrentUser.require(), deleted, ModerationAction.DELETE, "Duplicate");
        contentModeration.apply(ReplyModeration.TYPE, reply, ModerationAction.HIDE, "Off topic");
        index.awaitIndexed();

        for (var who : List.of(member, outsider, researcher)) {
            assertThat(as(who, () -> ids(token))).containsExactly(kept);
            assertThat(as(
                            who,
                            () -> search.search(SearchRequest.of(token, SearchScope.LIBRARY), 0, 10)
                                    .total()))
                    .isEqualTo(1);
        }
        assertThat(as(author, () -> ids(token)))
                .as("the author still sees the hidden one")
                .containsExactlyInAnyOrder(hidden, kept);
        assertThat(ids(token)).as("the secretariat").containsExactlyInAnyOrder(hidden, deleted, kept);
        assertThat(search.search(SearchRequest.of(token, SearchScope.LIBRARY), 0, 10)
                        .hits())
                .as("those who still find moderated items see them marked")
                .allSatisfy(hit -> {
                    assertThat(hit.hidden()).isEqualTo(hit.id() == hidden);
                    assertThat(hit.deleted()).isEqualTo(hit.id() == deleted);
                });
        assertThat(as(outsider, () -> idsEverywhere(hiddenReplyWord)))
                .as("a hidden reply's words")
                .isEmpty();

        practiceModeration.apply(CurrentUser.require(), hidden, ModerationAction.RESTORE, null);
        index.awaitIndexed();
        assertThat(as(outsider, () -> ids(token))).containsExactlyInAnyOrder(hidden, kept);
    }

    @Test
    void similar_practices_are_visible_ones_like_it_and_never_itself() {
        var token = word();
        var source = publish(author, token + " nightlife mediators harassment", Set.of(), true);
        var like = publish(author, token + " nightlife mediators", Set.of(), true);
        var likeButPrivate =
                publish(author, token + " nightlife mediators harassment", Set.of(privateGroup.id()), false);
        index.awaitIndexed();
        var asMember = as(member, () -> search.similarPractices(library.get(source), 10)).stream()
                .map(SearchHit::id)
                .toList();
        assertThat(asMember).contains(like, likeButPrivate).doesNotContain(source);
        var asOutsider = as(outsider, () -> search.similarPractices(library.get(source), 10)).stream()
                .map(SearchHit::id)
                .toList();
        assertThat(asOutsider).contains(like).doesNotContain(source, likeButPrivate);
        assertThatThrownBy(() -> as(outsider, () -> search.similarPractices(library.get(likeButPrivate), 10)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void export_streams_every_hit_in_order() {
        var token = word();
        var first = publish(author, token + " one", Set.of(), true);
        var second = publish(author, token + " two", Set.of(), true);
        index.awaitIndexed();
        var request = new SearchRequest(
                token,
                SearchScope.LIBRARY,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                eu.praxis.search.SearchSort.OLDEST);
        var streamed = new java.util.ArrayList<Long>();
        search.forEachHit(request, h -> streamed.add(h.id()));
        assertThat(streamed).containsExactly(first, second);
    }

    @Test
    void suggests_removing_filters_when_they_exclude_everything() {
        var token = word();
        publish(author, token + " suggestion", Set.of(), true);
        index.awaitIndexed();
        var results = search.search(
                new SearchRequest(
                        token,
                        SearchScope.LIBRARY,
                        Set.of(ResultKind.CASE_STUDY),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        eu.praxis.search.SearchSort.RELEVANCE),
                0,
                10);
        assertThat(results.total()).isZero();
        assertThat(results.suggestions()).contains("Without the filters: 1 result");
    }

    /**
     * DD023: for every role, what a search lists is exactly what the practice page and the API (both
     * {@code PracticeLibrary.get}) show by id, except drafts, which no search lists and only the author and
     * the author's organisation read. A lead of a group the draft is shared in read it by id before.
     */
    @Test
    void for_every_role_search_lists_what_is_readable_by_id_and_drafts_are_read_only_by_their_organisation() {
        var colleague = fixtures.person(author.organisationId(), Role.MEMBER);
        var lead = fixtures.person(member.organisationId(), Role.MEMBER);
        groupAdministration.appointLead(privateGroup.id(), lead.id());
        var token = word();
        var inPrivate = publish(author, token + " private", Set.of(privateGroup.id()), false);
        var forResearchers = publish(author, token + " research", Set.of(researcherGroup.id()), false);
        var network = publish(author, token + " network", Set.of(), true);
        var draft = as(
                author,
                () -> practices.create(
                        sheet(token + " draft", Set.of(theme), Set.of(privateGroup.id(), researcherGroup.id()), true)));
        index.awaitIndexed();
        var all = List.of(inPrivate, forResearchers, network, draft);
        var roles = new java.util.LinkedHashMap<String, Who>();
        roles.put("author", author);
        roles.put("colleague", colleague);
        roles.put("group member", member);
        roles.put("lead", lead);
        roles.put("secretariat", admin);
        roles.put("researcher", researcher);

        for (var role : roles.entrySet()) {
            var who = role.getValue();
            var listed = as(who, () -> ids(token));
            var readable = all.stream().filter(id -> readable(who, id)).toList();

            assertThat(listed)
                    .as(role.getKey())
                    .doesNotContain(draft)
                    .containsExactlyInAnyOrderElementsOf(
                            readable.stream().filter(id -> id != draft).toList());
            assertThat(readable.contains(draft))
                    .as(role.getKey() + " reads the draft")
                    .isEqualTo(who == author || who == colleague);
        }
    }

    private boolean readable(Who who, long id) {
        try {
            as(who, () -> library.get(id));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private long publish(Who who, String title, Set<Long> groupIds, boolean wholeNetwork) {
        return as(who, () -> {
            var id = practices.create(sheet(title, Set.of(theme), groupIds, wholeNetwork));
            practices.publish(id);
            return id;
        });
    }

    /** The results that match the query (those that match only part of it, which may follow, left out). */
    private List<Long> ids(String query) {
        return matching(search.search(SearchRequest.of(query, SearchScope.LIBRARY), 0, 50)).stream()
                .map(SearchHit::id)
                .toList();
    }

    private List<Long> idsEverywhere(String query) {
        return matching(search.search(SearchRequest.of(query, SearchScope.EVERYTHING), 0, 50)).stream()
                .filter(h -> h.kind() == ResultKind.THREAD)
                .map(SearchHit::id)
                .toList();
    }

    static List<SearchHit> matching(SearchResults results) {
        return results.hits().subList(0, (int) Math.min(results.hits().size(), results.fullMatches()));
    }

    private SearchFixtures.Library library() {
        return searchFixtures.library();
    }
}
