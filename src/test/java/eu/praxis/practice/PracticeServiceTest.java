package eu.praxis.practice;

import static eu.praxis.practice.PracticeFixtures.as;
import static eu.praxis.practice.PracticeFixtures.caseStudy;
import static eu.praxis.practice.PracticeFixtures.sheet;
import static eu.praxis.practice.PracticeFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import eu.praxis.IntegrationTest;
import eu.praxis.WithNewPerson;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDetails;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.OrganisationFilter;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticeFixtures.Who;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who sees, lists and edits which practice, across roles and group policies; validation and
 * publication rules; revision history; and a constant number of statements per page of a list.
 * Every test creates its own people, groups, theme and practices, and filters by that theme, so
 * that tests do not see each other's data.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
class PracticeServiceTest {

    @Autowired
    PracticeEditing practices;

    @Autowired
    PracticeLibrary library;

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
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcClient jdbc;

    PracticeFixtures fixtures;
    Who admin;
    Who author;
    Who colleague;
    Who lead;
    Who member;
    Who outsider;
    Who researcher;
    /** Members only, closed to researchers: the author, the lead and the member are in it. */
    GroupDetails privateGroup;
    /** Open to researchers: only the author is in it. */
    GroupDetails researcherGroup;

    long theme;

    @BeforeEach
    void createPeopleAndGroups() {
        fixtures = new PracticeFixtures(members, groups, groupMembership, groupAdministration);
        var two = organisations
                .find(OrganisationFilter.any(), PageRequest.of(0, 2))
                .getContent();
        var authorOrganisation = two.get(0).id();
        var otherOrganisation = two.get(1).id();
        admin = new Who(CurrentUser.require().personId(), CurrentUser.require().organisationId(), Role.ADMIN);
        author = fixtures.person(authorOrganisation, Role.MEMBER);
        colleague = fixtures.person(authorOrganisation, Role.MEMBER);
        lead = fixtures.person(otherOrganisation, Role.MEMBER);
        member = fixtures.person(otherOrganisation, Role.MEMBER);
        outsider = fixtures.person(otherOrganisation, Role.MEMBER);
        researcher = fixtures.person(otherOrganisation, Role.RESEARCHER);
        privateGroup = fixtures.group(JoinPolicy.INVITE_ONLY, false);
        researcherGroup = fixtures.group(JoinPolicy.OPEN, true);
        groupMembership.addMember(privateGroup.id(), author.id());
        groupAdministration.appointLead(privateGroup.id(), lead.id());
        groupMembership.addMember(privateGroup.id(), member.id());
        groupMembership.addMember(researcherGroup.id(), author.id());
        theme = themes.create(unique("Theme"), unique("Thème"));
    }

    // --- permission matrix -------------------------------------------------------------------------

    @Test
    void a_practice_in_a_private_group_is_seen_by_its_members_editors_and_admins_only() {
        var id = published(sheet(unique("Private"), Set.of(theme), Set.of(privateGroup.id()), false));

        for (var who : List.of(author, colleague, lead, member, admin)) {
            assertThat(as(who, () -> library.get(id)).title())
                    .as("%s sees it", who)
                    .startsWith("Private");
            assertThat(listed(who)).as("%s lists it", who).containsExactly(id);
        }
        for (var who : List.of(outsider, researcher)) {
            assertThatThrownBy(() -> as(who, () -> library.get(id)))
                    .as("%s", who)
                    .isInstanceOf(NotFoundException.class);
            assertThat(listed(who)).as("%s lists nothing", who).isEmpty();
        }
    }

    @Test
    void researchers_read_practices_of_groups_opened_to_them_and_of_the_whole_network_but_never_edit() {
        var inGroup = published(sheet(unique("Open"), Set.of(theme), Set.of(researcherGroup.id()), false));
        var network = published(sheet(unique("Network"), Set.of(theme), Set.of(), true));

        assertThat(listed(researcher)).containsExactly(network, inGroup);
        assertThat(as(researcher, () -> library.get(inGroup)).mayEdit()).isFalse();
        assertThatThrownBy(() -> as(
                        researcher,
                        () -> practices.update(
                                inGroup,
                                sheet("Researcher edit", Set.of(theme), Set.of(researcherGroup.id()), false),
                                null)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.error.may-not-edit"));
        assertThatThrownBy(() -> as(researcher, () -> practices.create(sheet("Mine", Set.of(), Set.of(), true))))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.error.may-not-create"));
        // a member outside the group sees the whole-network practice only
        assertThat(listed(outsider)).containsExactly(network);
    }

    @Test
    void the_author_their_organisation_leads_of_a_sharing_group_and_admins_edit_but_not_other_members() {
        var id = published(sheet(unique("Editable"), Set.of(theme), Set.of(privateGroup.id()), false));

        for (var who : List.of(author, colleague, lead, admin)) {
            assertThat(as(who, () -> library.get(id)).mayEdit())
                    .as("%s may edit", who)
                    .isTrue();
            var title = unique("Edited by " + who.id());
            as(who, () -> practices.update(id, sheet(title, Set.of(theme), Set.of(privateGroup.id()), false), null));
            assertThat(library.get(id).title()).isEqualTo(title);
        }
        assertThat(as(member, () -> library.get(id)).mayEdit()).isFalse();
        assertThatThrownBy(() -> as(
                        member,
                        () -> practices.update(
                                id, sheet("Member edit", Set.of(theme), Set.of(privateGroup.id()), false), null)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.error.may-not-edit"));
        assertThatThrownBy(() -> as(
                        outsider,
                        () -> practices.update(
                                id, sheet("Outsider edit", Set.of(theme), Set.of(privateGroup.id()), false), null)))
                .as("not even told it exists")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_draft_is_seen_only_by_its_author_and_their_organisation_and_is_not_in_the_library() {
        var id = as(
                author,
                () -> practices.create(sheet(unique("Draft"), Set.of(theme), Set.of(privateGroup.id()), false)));

        for (var who : List.of(author, colleague)) {
            assertThat(as(who, () -> library.get(id)).status()).as("%s", who).isEqualTo(PracticeStatus.DRAFT);
        }
        // DD023: a draft is its organisation's work in progress, not yet for the group's lead or the secretariat
        for (var who : List.of(lead, admin, member, outsider, researcher)) {
            assertThatThrownBy(() -> as(who, () -> library.get(id)))
                    .as("%s", who)
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(as(author, () -> library.practicesOfGroup(privateGroup.id(), PageRequest.of(0, 20)))
                        .getContent())
                .as("a group's page lists published practices")
                .isEmpty();
        assertThat(as(colleague, () -> library.practicesOfOrganisation(author.organisationId(), PageRequest.of(0, 20)))
                        .getContent())
                .extracting(PracticeListItem::id)
                .as("the organisation's page shows its people their drafts")
                .contains(id);
        assertThat(as(outsider, () -> library.practicesOfOrganisation(author.organisationId(), PageRequest.of(0, 20)))
                        .getContent())
                .extracting(PracticeListItem::id)
                .doesNotContain(id);
    }

    @Test
    void an_unpublished_practice_disappears_from_the_library() {
        var id = published(sheet(unique("Withdrawn"), Set.of(theme), Set.of(), true));
        assertThat(listed(outsider)).containsExactly(id);
        as(author, () -> practices.unpublish(id));
        assertThat(listed(outsider)).isEmpty();
        assertThatThrownBy(() -> as(outsider, () -> library.get(id))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void visitors_are_refused() {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "visitor", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> library.practicesOfOrganisation(1, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> library.get(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> themes.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_secretariat_edits_the_theme_list() {
        assertThatThrownBy(() -> as(author, () -> themes.create("Sneaky", "Sournois")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(lead, () -> themes.deactivate(theme))).isInstanceOf(AccessDeniedException.class);
        themes.rename(theme, "Renamed theme " + theme, "Thème renommé " + theme);
        themes.deactivate(theme);
        assertThat(as(author, () -> themes.list())).extracting(ThemeItem::id).doesNotContain(theme);
        assertThat(themes.all()).extracting(ThemeItem::id).contains(theme);
        assertThat(as(author, () -> themes.list())).extracting(ThemeItem::code).contains("nightlife", "youth");
    }

    // --- validation and publication -----------------------------------------------------------------

    @Test
    void invalid_drafts_are_refused_with_a_key_naming_the_problem() {
        var good = sheet("Good", Set.of(theme), Set.of(privateGroup.id()), false);
        assertRefused(author, with(good, "", "IT", "en", good.periodEnd()), "practice.error.title");
        assertRefused(
                author,
                with(good, "x".repeat(Practice.TITLE_MAX + 1), "IT", "en", good.periodEnd()),
                "practice.error.title");
        assertRefused(author, with(good, "Good", "XX", "en", good.periodEnd()), "practice.error.country");
        assertRefused(author, with(good, "Good", "IT", "xx", good.periodEnd()), "practice.error.language");
        assertRefused(author, with(good, "Good", "IT", "en", good.periodStart().minusDays(1)), "practice.error.period");
        assertRefused(outsider, good, "practice.error.group");
        var inactive = themes.create(unique("Old theme"), unique("Ancien thème"));
        themes.deactivate(inactive);
        assertRefused(author, sheet("Good", Set.of(inactive), Set.of(), true), "practice.error.theme");
        assertRefused(author, sheet("Good", Set.of(-5L), Set.of(), true), "practice.error.theme");
    }

    @Test
    void the_place_defaults_to_the_authors_organisation_and_the_slug_follows_the_title() {
        var draft = caseStudy("Écoute 24h/24 à Liège !", Set.of(), true);
        var id = as(author, () -> practices.create(draft));
        var details = as(author, () -> library.get(id));
        var organisation = organisations.get(author.organisationId());
        assertThat(details.country()).isEqualTo(organisation.country());
        assertThat(details.city()).isEqualTo(organisation.city());
        assertThat(details.slug()).isEqualTo("ecoute-24h-24-a-liege");
        assertThat(details.authorName()).startsWith("Person");
        assertThat(details.objectives()).isNull();
        assertThat(details.body()).startsWith("Une ligne");
    }

    @Test
    void a_sheet_needs_objectives_actions_and_results_and_an_audience_before_it_is_published() {
        var incomplete = new PracticeDraft(
                PracticeType.SHEET,
                "Incomplete",
                "Summary",
                null,
                "IT",
                "it",
                LocalDate.of(2024, 1, 1),
                null,
                Set.of(theme),
                Set.of(),
                true,
                null,
                "Actions",
                null,
                null,
                null,
                null,
                null);
        var id = as(author, () -> practices.create(incomplete));
        assertThatThrownBy(() -> as(author, () -> practices.publish(id)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.error.publish.objectives"));

        var nobody = as(author, () -> practices.create(sheet("No audience", Set.of(), Set.of(), false)));
        assertThatThrownBy(() -> as(author, () -> practices.publish(nobody)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.error.no-audience"));

        var study = as(
                author,
                () -> practices.create(new PracticeDraft(
                        PracticeType.CASE_STUDY,
                        "No body",
                        "S",
                        null,
                        null,
                        "en",
                        LocalDate.of(2020, 1, 1),
                        null,
                        Set.of(),
                        Set.of(),
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        " ")));
        assertThatThrownBy(() -> as(author, () -> practices.publish(study)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.error.publish.body"));

        var complete = published(sheet(unique("Complete"), Set.of(theme), Set.of(), true));
        assertThatThrownBy(() -> as(author, () -> practices.publish(complete)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.error.already-published"));
        var emptied = new PracticeDraft(
                PracticeType.SHEET,
                "Emptied",
                "Summary",
                null,
                "IT",
                "it",
                LocalDate.of(2024, 1, 1),
                null,
                Set.of(theme),
                Set.of(),
                true,
                "O",
                "A",
                null,
                "",
                null,
                null,
                null);
        assertThatThrownBy(() -> as(author, () -> practices.update(complete, emptied, null)))
                .as("a published sheet stays complete")
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.error.publish.results"));
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused() {
        var id = as(author, () -> practices.create(sheet(unique("Versioned"), Set.of(), Set.of(), true)));
        var loaded = as(author, () -> library.get(id)).version();
        as(colleague, () -> practices.update(id, sheet("First", Set.of(), Set.of(), true), loaded));
        assertThatThrownBy(() ->
                        as(author, () -> practices.update(id, sheet("Second", Set.of(), Set.of(), true), loaded)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.error.changed-meanwhile"));
    }

    // --- history --------------------------------------------------------------------------------------

    @Test
    void the_history_records_who_changed_what_and_shows_older_revisions() {
        var id =
                as(author, () -> practices.create(sheet("Old title", Set.of(theme), Set.of(privateGroup.id()), false)));
        as(
                colleague,
                () -> practices.update(id, sheet("New title", Set.of(theme), Set.of(privateGroup.id()), false), null));

        var history = as(author, () -> library.history(id));

        assertThat(history).hasSize(2);
        var newest = history.get(0);
        var oldest = history.get(1);
        assertThat(newest.personId()).isEqualTo(colleague.id());
        assertThat(newest.personName()).startsWith("Person");
        assertThat(newest.changedFields()).contains("title", "slug").doesNotContain("summary", "themeIds");
        assertThat(oldest.personId()).isEqualTo(author.id());
        assertThat(oldest.when()).isBeforeOrEqualTo(newest.when());
        var old = as(author, () -> library.revision(id, oldest.revisionNumber()));
        assertThat(old.title()).isEqualTo("Old title");
        assertThat(old.themes()).extracting(ThemeItem::id).containsExactly(theme);
        assertThat(old.mayEdit()).isFalse();
        assertThat(as(author, () -> library.get(id)).title()).isEqualTo("New title");
        assertThatThrownBy(() -> as(outsider, () -> library.history(id))).isInstanceOf(NotFoundException.class);
    }

    // --- performance ------------------------------------------------------------------------------------

    /** The page query, the themes of the page, organisation names, the viewer's groups: never one per row. */
    @Test
    void a_list_page_takes_the_same_number_of_statements_whatever_its_size() {
        var start = Instant.now().minusSeconds(1);
        for (int i = 0; i < 60; i++) {
            var inGroup = i % 2 == 0;
            published(sheet(
                    "Bulk " + i, Set.of(theme, 1L, 2L), inGroup ? Set.of(privateGroup.id()) : Set.of(), !inGroup));
        }
        // the listeners of those 60 events (notifications) run in the background: not while statements are counted
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.sql(
                                        "select count(*) from event_publication where completion_date is null and publication_date >= ?")
                                .param(Timestamp.from(start))
                                .query(Long.class)
                                .single()
                        == 0);

        var small = statements(() -> as(member, () -> page(5)));
        var large = statements(() -> as(member, () -> page(50)));

        assertThat(as(member, () -> page(50)).getContent())
                .hasSize(50)
                .allSatisfy(p -> assertThat(p.themes()).hasSize(3));
        assertThat(large)
                .as("statements for a page of 50 vs a page of 5 (%d)", small)
                .isEqualTo(small);
        assertThat(small).as("statements per page").isLessThanOrEqualTo(5);
    }

    /** Statements prepared while running the action; the least of three runs, in case a background task interferes. */
    private long statements(Runnable action) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        var least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            var before = statistics.getPrepareStatementCount();
            action.run();
            least = Math.min(least, statistics.getPrepareStatementCount() - before);
        }
        return least;
    }

    private long published(PracticeDraft draft) {
        var id = as(author, () -> practices.create(draft));
        as(author, () -> practices.publish(id));
        return id;
    }

    /** A page of the author's organisation's practices, newest first, as the organisation's page lists them. */
    private Slice<PracticeListItem> page(int size) {
        return library.practicesOfOrganisation(author.organisationId(), PageRequest.of(0, size));
    }

    /** The published practices of this test (its theme) that the person sees listed, newest first. */
    private List<Long> listed(Who who) {
        return as(who, () -> page(500)).stream()
                .filter(p -> p.status() == PracticeStatus.PUBLISHED)
                .filter(p -> p.themes().stream().anyMatch(t -> t.id() == theme))
                .map(PracticeListItem::id)
                .toList();
    }

    private void assertRefused(Who who, PracticeDraft draft, String key) {
        assertThatThrownBy(() -> as(who, () -> practices.create(draft)))
                .as(key)
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static PracticeDraft with(
            PracticeDraft d, String title, String country, String language, LocalDate periodEnd) {
        return new PracticeDraft(
                d.type(),
                title,
                d.summary(),
                d.city(),
                country,
                language,
                d.periodStart(),
                periodEnd,
                d.themeIds(),
                d.groupIds(),
                d.wholeNetwork(),
                d.objectives(),
                d.actions(),
                d.partners(),
                d.results(),
                d.evaluation(),
                d.contact(),
                d.body());
    }
}
