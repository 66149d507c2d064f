package eu.praxis.practice;

import static eu.praxis.practice.PracticeFixtures.as;
import static eu.praxis.practice.PracticeFixtures.sheet;
import static eu.praxis.practice.PracticeFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.WithNewPerson;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.practice.PracticeFixtures.Cast;
import eu.praxis.practice.PracticeFixtures.Who;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Evidence and citable versions (issue 19, parts 4 and 5; DD032): the author writes the criteria, a reviewer (a lead of
 * a sharing group, the secretariat; never the author's organisation) sets the level, which the author's edits leave
 * alone; a version's address shows that version to those who may read the history and the current one to everyone
 * else; citations name the version. A published practice in a private group and a group open to researchers.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
class PracticeEvidenceTest {

    private static final EvidenceCriteria CRITERIA = new EvidenceCriteria(
            "Complaints about noise doubled in two years.", null, "Before and after, two summers.", "  ", null);

    @Autowired
    PracticeEditing practices;

    @Autowired
    PracticeEvidence evidence;

    @Autowired
    PracticeLibrary library;

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

    Cast c;
    Who secretariat;
    Who otherGroupMember;
    Set<Long> groupIds;
    String firstTitle = "";
    long practice;

    /** Version 1 a draft, 2 published, 3 a lead's correction of the title. */
    @BeforeEach
    void aPublishedPracticeWithEvidenceThatALeadCorrected() {
        var fixtures = new PracticeFixtures(members, groups, groupMembership, groupAdministration);
        var otherOrganisation = organisationFixtures.city();
        c = fixtures.cast(organisationFixtures.city(), otherOrganisation);
        secretariat =
                new Who(CurrentUser.require().personId(), CurrentUser.require().organisationId(), Role.ADMIN);
        otherGroupMember = fixtures.person(otherOrganisation, Role.MEMBER);
        groupMembership.addMember(fixtures.group(JoinPolicy.OPEN, false).id(), otherGroupMember.id());
        groupIds = Set.of(c.privateGroup().id(), c.researcherGroup().id());
        firstTitle = unique("Night mediators");
        practice = as(
                c.author(),
                () -> practices.create(
                        sheet(firstTitle, Set.of(), groupIds, false).withEvidence(CRITERIA)));
        as(c.author(), () -> practices.publish(practice));
        as(
                c.lead(),
                () -> practices.update(
                        practice,
                        sheet(firstTitle + " (corrected)", Set.of(), groupIds, false)
                                .withEvidence(CRITERIA),
                        null,
                        "Title corrected."));
    }

    @Test
    void the_author_writes_the_criteria_and_readers_get_only_those_written() {
        var details = as(c.researcher(), () -> library.get(practice));

        assertThat(details.evidence().filled())
                .containsExactly(
                        java.util.Map.entry(
                                EvidenceCriterion.PROBLEM_ANALYSIS, "Complaints about noise doubled in two years."),
                        java.util.Map.entry(EvidenceCriterion.EVALUATION_DESIGN, "Before and after, two summers."));
        assertThat(details.evidenceLevel()).isNull();
        assertThat(details.maySetEvidenceLevel()).isFalse();
    }

    @Test
    void a_criterion_longer_than_a_text_is_refused_with_its_name() {
        var tooLong = new EvidenceCriteria(null, null, null, "x".repeat(Practice.TEXT_MAX + 1), null);

        assertThatThrownBy(() -> as(
                        c.author(),
                        () -> practices.update(
                                practice,
                                sheet(firstTitle, Set.of(), groupIds, false).withEvidence(tooLong),
                                null)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("practice.error.evidence.outcomes");
    }

    @Test
    void reviewers_set_the_level_audited_as_a_new_version_and_the_authors_edit_leaves_it() {
        for (var reviewer : List.of(c.lead(), secretariat)) {
            assertThat(as(reviewer, () -> library.get(practice)).maySetEvidenceLevel())
                    .as("%s", reviewer)
                    .isTrue();
        }
        as(c.lead(), () -> evidence.setEvidenceLevel(practice, EvidenceLevel.EVALUATED));
        as(secretariat, () -> evidence.setEvidenceLevel(practice, EvidenceLevel.EVALUATED_WITH_COMPARISON));
        // the same level again changes nothing: no version, no audit entry
        as(secretariat, () -> evidence.setEvidenceLevel(practice, EvidenceLevel.EVALUATED_WITH_COMPARISON));

        var afterReview = as(c.member(), () -> library.get(practice));
        assertThat(afterReview.evidenceLevel()).isEqualTo(EvidenceLevel.EVALUATED_WITH_COMPARISON);
        assertThat(afterReview.versionNumber()).isEqualTo(5);
        assertThat(new JdbcTemplate(dataSource)
                                .queryForList(
                                        "select actor_id, detail from audit_entry"
                                                + " where action = 'practice.evidence-level' and target_id = ? order by id",
                                        practice)
                                .stream()
                                .map(row -> row.get("actor_id") + " " + row.get("detail")))
                .containsExactly(c.lead().id() + " evaluated", secretariat.id() + " evaluated-with-comparison");

        // the author's editor was loaded before the review: its save is no conflict and keeps the reviewer's level
        var loadedBefore = afterReview.version();
        as(
                c.author(),
                () -> practices.update(
                        practice, sheet(unique("Night mediators"), Set.of(), groupIds, false), loadedBefore));
        assertThat(as(c.member(), () -> library.get(practice)).evidenceLevel())
                .isEqualTo(EvidenceLevel.EVALUATED_WITH_COMPARISON);

        as(c.lead(), () -> evidence.setEvidenceLevel(practice, null));
        assertThat(as(c.member(), () -> library.get(practice)).evidenceLevel()).isNull();
    }

    @Test
    void the_authors_organisation_readers_and_outsiders_do_not_set_the_level() {
        for (var ownOrganisation : List.of(c.author(), c.colleague())) {
            assertThat(as(ownOrganisation, () -> library.get(practice)).maySetEvidenceLevel())
                    .isFalse();
            assertThatThrownBy(() ->
                            as(ownOrganisation, () -> evidence.setEvidenceLevel(practice, EvidenceLevel.PROMISING)))
                    .as("%s", ownOrganisation)
                    .isInstanceOf(UserFacingException.class);
        }
        for (var reader : List.of(c.member(), c.researcher())) {
            assertThatThrownBy(() -> as(reader, () -> evidence.setEvidenceLevel(practice, EvidenceLevel.PROMISING)))
                    .as("%s", reader)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(
                        () -> as(otherGroupMember, () -> evidence.setEvidenceLevel(practice, EvidenceLevel.PROMISING)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(c.author(), () -> library.get(practice)).evidenceLevel()).isNull();
    }

    @Test
    void a_draft_gets_no_level() {
        var draft = as(c.author(), () -> practices.create(sheet(unique("Draft"), Set.of(), groupIds, false)));

        assertThatThrownBy(() -> as(c.lead(), () -> evidence.setEvidenceLevel(draft, EvidenceLevel.PROMISING)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(c.author(), () -> evidence.setEvidenceLevel(draft, EvidenceLevel.PROMISING)))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void a_versions_address_shows_it_to_those_who_may_read_the_history_and_the_current_one_to_readers() {
        for (var editor : List.of(c.author(), c.colleague(), c.lead(), secretariat)) {
            var published = as(editor, () -> library.version(practice, 2));
            assertThat(published.versionNumber()).as("%s", editor).isEqualTo(2);
            assertThat(published.title()).as("%s", editor).isEqualTo(firstTitle);
            assertThat(published.mayEdit()).isFalse();
            assertThat(published.citation().url()).endsWith("/practices/" + practice + "/v/2");
            assertThat(published.citation().apa()).contains(firstTitle + " (version 2)");
        }
        for (var reader : List.of(c.member(), c.researcher())) {
            var shown = as(reader, () -> library.version(practice, 2));
            assertThat(shown.versionNumber()).as("%s", reader).isEqualTo(3);
            assertThat(shown.title()).as("%s", reader).isEqualTo(firstTitle + " (corrected)");
        }
    }

    @Test
    void the_draft_version_stays_with_the_authors_organisation() {
        assertThat(as(c.colleague(), () -> library.version(practice, 1)).versionNumber())
                .isEqualTo(1);
        for (var moderator : List.of(c.lead(), secretariat)) {
            assertThat(as(moderator, () -> library.version(practice, 1)).versionNumber())
                    .as("%s", moderator)
                    .isEqualTo(3);
        }
    }

    @Test
    void a_version_the_practice_never_had_or_a_practice_not_seen_is_not_found() {
        for (var number : List.of(0, -1, 4, Integer.MAX_VALUE)) {
            assertThatThrownBy(() -> as(c.author(), () -> library.version(practice, number)))
                    .as("version %s", number)
                    .isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> as(otherGroupMember, () -> library.version(practice, 2)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(c.member(), () -> library.version(Long.MAX_VALUE, 1)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void citations_name_the_current_version_of_what_the_caller_may_see() {
        var other = as(c.author(), () -> practices.create(sheet(unique("Draft"), Set.of(), groupIds, false)));

        var citations = as(c.member(), () -> library.citations(List.of(practice, other, Long.MAX_VALUE)));

        assertThat(citations).containsOnlyKeys(practice);
        var current = as(c.member(), () -> library.get(practice));
        assertThat(citations.get(practice)).isEqualTo(current.citation());
        assertThat(current.citation().version()).isEqualTo(3);
        assertThat(current.citation().organisationName()).isEqualTo(current.organisationName());
        assertThat(current.citation().bibtex()).contains("@misc{praxis-practice-" + practice + "-v3,");
    }
}
