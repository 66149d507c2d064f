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
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.practice.PracticeFixtures.Cast;
import eu.praxis.practice.PracticeFixtures.Who;
import eu.praxis.search.SearchHit;
import eu.praxis.search.SearchRequest;
import eu.praxis.search.SearchScope;
import eu.praxis.search.SearchService;
import eu.praxis.search.SearchTestSupport;
import eu.praxis.security.Role;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Review before publication (issue 19, DD031). The proof: a member submits a case study that names someone to a
 * group whose publications its lead reviews; nobody but its organisation and the lead reads it meanwhile (page, group
 * list, search); the lead asks for changes, the author submits again, the lead redacts the name and approves; a plain
 * member of the group then reads it without the name and cannot open any older version. And the queue, the refusals,
 * the notifications and the audit trail of every step.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
class PracticeReviewTest {

    @Autowired
    PracticeEditing practices;

    @Autowired
    PracticeReview review;

    @Autowired
    PracticeRedaction redaction;

    @Autowired
    PracticeLibrary library;

    @Autowired
    SearchService search;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationFixtures organisationFixtures;

    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc;
    Cast c;
    long group;
    String titleWord = "";
    String name = "";

    @BeforeEach
    void aGroupWhoseLeadReviews() {
        jdbc = new JdbcTemplate(dataSource);
        var fixtures = new PracticeFixtures(members, groups, groupMembership, groupAdministration);
        c = fixtures.cast(organisationFixtures.city(), organisationFixtures.city());
        group = c.privateGroup().id();
        as(c.lead(), () -> groupAdministration.setReviewsPublications(group, true));
        titleWord = SearchTestSupport.word();
        name = SearchTestSupport.word();
    }

    @Test
    void a_lead_redacts_a_name_and_approves_and_a_member_reads_neither_the_name_nor_an_older_version() {
        var practice = as(
                c.author(),
                () -> practices.create(withBody(caseStudy("Helpline " + titleWord, Set.of(group), false), name)));
        assertThat(as(c.author(), () -> practices.publish(practice))).isEqualTo(PracticeStatus.SUBMITTED);

        // meanwhile: the author's organisation and the lead (and the secretariat), nobody else
        assertThat(as(c.colleague(), () -> library.get(practice)).status()).isEqualTo(PracticeStatus.SUBMITTED);
        assertThat(as(c.lead(), () -> library.get(practice)).body()).contains(name);
        for (var who : List.of(c.member(), c.outsider(), c.researcher())) {
            assertRefused(() -> as(who, () -> library.get(practice)), NotFoundException.class);
        }
        assertThat(as(c.member(), () -> library.practicesOfGroup(group, PageRequest.of(0, 50))).stream()
                        .map(PracticeListItem::id))
                .doesNotContain(practice);
        new SearchTestSupport(dataSource).awaitIndexed();
        for (var who : List.of(c.member(), c.lead(), c.author())) {
            assertThat(hitIds(who, titleWord)).as("search by %s", who).doesNotContain(practice);
        }
        assertThat(as(c.lead(), () -> review.queue()))
                .extracting(PracticeSubmission::id)
                .contains(practice);
        assertThat(as(c.member(), () -> review.queue())).isEmpty();
        assertThat(as(c.author(), () -> review.mySubmissions())).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(practice);
            assertThat(s.status()).isEqualTo(PracticeStatus.SUBMITTED);
        });
        assertThat(as(c.lead(), () -> review.state(practice)).mayReview()).isTrue();
        assertThat(as(c.author(), () -> review.state(practice))).isEqualTo(new ReviewState(true, null, false));
        awaitNotification(c.lead(), "REVIEW_REQUEST", practice);

        // not changed while in review; the lead asks for changes, with a comment
        assertRefusedWith(
                () -> as(
                        c.author(), () -> practices.update(practice, caseStudy("Changed", Set.of(group), false), null)),
                "practice.error.in-review");
        assertRefusedWith(() -> as(c.lead(), () -> review.requestChanges(practice, "  ")), "error.moderation.reason");
        as(c.lead(), () -> review.requestChanges(practice, "Say who runs the line, not who called."));
        assertThat(as(c.author(), () -> review.state(practice)))
                .isEqualTo(new ReviewState(false, "Say who runs the line, not who called.", false));
        assertThat(as(c.author(), () -> review.mySubmissions()))
                .singleElement()
                .satisfies(s -> assertThat(s.changesRequested()).isTrue());
        assertRefused(() -> as(c.lead(), () -> library.get(practice)), NotFoundException.class);
        awaitNotification(c.author(), "CHANGES_REQUESTED", practice);

        // submitted again; the lead redacts the name and approves
        assertThat(as(c.author(), () -> practices.publish(practice))).isEqualTo(PracticeStatus.SUBMITTED);
        assertThat(as(c.author(), () -> review.state(practice)).reviewComment()).isNull();
        assertThat(as(c.lead(), () -> redaction.redactPassage(practice, RedactableField.BODY, name, "A caller.")))
                .isPositive();
        as(c.lead(), () -> review.approve(practice));

        var page = as(c.member(), () -> library.get(practice));
        assertThat(page.status()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(page.body()).doesNotContain(name).contains(PracticeRedaction.MARKER);
        assertThat(page.mayReadHistory()).isFalse();
        assertRefused(() -> as(c.member(), () -> library.history(practice)), AccessDeniedException.class);
        var revisions = as(c.author(), () -> library.history(practice));
        assertThat(revisions).hasSizeGreaterThan(1);
        for (var revision : revisions) {
            assertRefused(
                    () -> as(c.member(), () -> library.revision(practice, revision.revisionNumber())),
                    AccessDeniedException.class);
            assertThat(as(c.author(), () -> library.revision(practice, revision.revisionNumber()))
                            .body())
                    .as("revision %s", revision.revisionNumber())
                    .doesNotContain(name);
        }
        new SearchTestSupport(dataSource).awaitIndexed();
        assertThat(hitIds(c.member(), titleWord)).contains(practice);
        assertThat(hitIds(c.member(), name)).doesNotContain(practice);
        assertThat(as(c.lead(), () -> review.queue()))
                .extracting(PracticeSubmission::id)
                .doesNotContain(practice);
        assertThat(as(c.author(), () -> review.mySubmissions())).isEmpty();
        awaitNotification(c.author(), "REVIEW_APPROVED", practice);
        awaitNotification(c.member(), "NEW_PRACTICE", practice);

        assertThat(jdbc.queryForList(
                        "select action, actor_id, reason from audit_entry where target_type = 'practice'"
                                + " and target_id = ? order by id",
                        practice))
                .extracting(row -> row.get("action") + " | " + row.get("actor_id") + " | " + row.get("reason"))
                .containsExactly(
                        "practice.submit | " + c.author().id() + " | null",
                        "practice.request-changes | " + c.lead().id() + " | Say who runs the line, not who called.",
                        "practice.submit | " + c.author().id() + " | null",
                        "practice.redact | " + c.lead().id() + " | A caller.",
                        "practice.approve | " + c.lead().id() + " | null");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'group.publication-review' and target_id = ?",
                        Long.class,
                        group))
                .isOne();
    }

    @Test
    void only_its_reviewers_decide_never_on_their_own() {
        var practice = submitted(c.author());
        for (var who : List.of(c.author(), c.colleague())) {
            assertRefused(() -> as(who, () -> review.approve(practice)), AccessDeniedException.class);
            assertRefused(() -> as(who, () -> review.requestChanges(practice, "Mine.")), AccessDeniedException.class);
        }
        for (var who : List.of(c.member(), c.outsider(), c.researcher())) {
            assertRefused(() -> as(who, () -> review.approve(practice)), NotFoundException.class);
        }
        var leadsOwn = submitted(c.lead());
        assertRefusedWith(() -> as(c.lead(), () -> review.approve(leadsOwn)), "practice.error.own-practice");
        assertThat(as(c.lead(), () -> review.queue()))
                .extracting(PracticeSubmission::id)
                .contains(practice)
                .doesNotContain(leadsOwn);
        // the secretariat reviews every submission
        review.approve(leadsOwn);
        assertRefusedWith(() -> review.approve(leadsOwn), "practice.error.not-submitted");
        assertThat(as(c.member(), () -> library.get(leadsOwn)).status()).isEqualTo(PracticeStatus.PUBLISHED);
    }

    @Test
    void the_author_takes_a_submission_back_and_a_group_without_review_publishes_at_once() {
        var practice = submitted(c.author());
        as(c.author(), () -> practices.unpublish(practice));
        assertThat(as(c.author(), () -> library.get(practice)).status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where target_type = 'practice' and target_id = ? order by id",
                        String.class,
                        practice))
                .containsExactly("practice.submit", "practice.withdraw");
        assertThat(as(c.lead(), () -> review.queue()))
                .extracting(PracticeSubmission::id)
                .doesNotContain(practice);

        as(c.lead(), () -> groupAdministration.setReviewsPublications(group, false));
        assertThat(as(c.author(), () -> practices.publish(practice))).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(as(c.member(), () -> library.get(practice)).status()).isEqualTo(PracticeStatus.PUBLISHED);
    }

    @Test
    void a_published_practice_reaches_a_reviewed_group_only_through_a_review() {
        var open = c.researcherGroup().id();
        var practice =
                as(c.author(), () -> practices.create(sheet(unique("Open first"), Set.of(), Set.of(open), false)));
        assertThat(as(c.author(), () -> practices.publish(practice))).isEqualTo(PracticeStatus.PUBLISHED);
        assertRefusedWith(
                () -> as(
                        c.author(),
                        () -> practices.update(
                                practice, sheet(unique("Open first"), Set.of(), Set.of(open, group), false), null)),
                "practice.error.reviewed-audience");
        assertRefused(() -> as(c.member(), () -> library.get(practice)), NotFoundException.class);
    }

    @Test
    void only_the_groups_leads_and_the_secretariat_switch_the_review() {
        for (var who : List.of(c.member(), c.author(), c.outsider())) {
            assertRefused(
                    () -> as(who, () -> groupAdministration.setReviewsPublications(group, false)),
                    AccessDeniedException.class);
        }
        groupAdministration.setReviewsPublications(group, false);
        assertThat(groups.get(c.privateGroup().slug()).reviewsPublications()).isFalse();
    }

    private long submitted(Who author) {
        var practice = as(author, () -> practices.create(sheet(unique("Submitted"), Set.of(), Set.of(group), false)));
        assertThat(as(author, () -> practices.publish(practice))).isEqualTo(PracticeStatus.SUBMITTED);
        return practice;
    }

    private static PracticeDraft withBody(PracticeDraft draft, String name) {
        return new PracticeDraft(
                draft.type(),
                draft.title(),
                draft.summary(),
                draft.city(),
                draft.country(),
                draft.language(),
                draft.periodStart(),
                draft.periodEnd(),
                draft.themeIds(),
                draft.groupIds(),
                draft.wholeNetwork(),
                null,
                null,
                null,
                null,
                null,
                null,
                "A line open day and night; " + name + " called it first.");
    }

    private void awaitNotification(Who who, String kind, long practiceId) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from notification where recipient_id = ? and kind = ? and subject_id = ?",
                                Long.class,
                                who.id(),
                                kind,
                                practiceId)
                        == 1);
    }

    private List<Long> hitIds(Who who, String word) {
        return as(who, () -> search.search(SearchRequest.of(word, SearchScope.LIBRARY), 0, 50)).hits().stream()
                .map(SearchHit::id)
                .toList();
    }

    private static void assertRefused(ThrowingCallable call, Class<? extends Throwable> refusal) {
        assertThatThrownBy(call).isExactlyInstanceOf(refusal);
    }

    private static void assertRefusedWith(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
