package eu.praxis.practice;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.practice.PracticePolicy.Viewer;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PracticePolicyTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final long AUTHOR = 1;
    static final long AUTHOR_ORGANISATION = 10;
    static final long GROUP = 100;
    static final long OTHER_GROUP = 200;

    final PracticePolicy policy = new PracticePolicy();

    final Viewer author = viewer(AUTHOR, AUTHOR_ORGANISATION, Role.MEMBER, Set.of(GROUP), Set.of());
    final Viewer colleague = viewer(2, AUTHOR_ORGANISATION, Role.MEMBER, Set.of(), Set.of());
    final Viewer groupMember = viewer(3, 20, Role.MEMBER, Set.of(GROUP), Set.of());
    final Viewer groupLead = viewer(4, 20, Role.MEMBER, Set.of(GROUP), Set.of(GROUP));
    final Viewer otherLead = viewer(5, 20, Role.MEMBER, Set.of(OTHER_GROUP), Set.of(OTHER_GROUP));
    final Viewer researcherWithGroup = viewer(6, 30, Role.RESEARCHER, Set.of(GROUP), Set.of());
    final Viewer researcherWithout = viewer(7, 30, Role.RESEARCHER, Set.of(OTHER_GROUP), Set.of());
    final Viewer researcherOfAuthorsOrganisation = viewer(8, AUTHOR_ORGANISATION, Role.RESEARCHER, Set.of(), Set.of());
    final Viewer admin = viewer(9, 40, Role.ADMIN, Set.of(GROUP, OTHER_GROUP), Set.of());

    @Test
    void a_published_practice_is_seen_by_its_groups_readers_and_its_editors() {
        var practice = practice(Set.of(GROUP), false, true);
        assertThat(policy.maySee(groupMember, practice)).isTrue();
        assertThat(policy.maySee(researcherWithGroup, practice)).isTrue();
        assertThat(policy.maySee(colleague, practice))
                .as("may edit, so may see")
                .isTrue();
        assertThat(policy.maySee(admin, practice)).isTrue();
        assertThat(policy.maySee(otherLead, practice)).isFalse();
        assertThat(policy.maySee(researcherWithout, practice)).isFalse();
        assertThat(policy.maySee(researcherOfAuthorsOrganisation, practice)).isFalse();
    }

    @Test
    void a_whole_network_practice_is_seen_by_everyone_once_published() {
        var practice = practice(Set.of(), true, true);
        assertThat(policy.maySee(otherLead, practice)).isTrue();
        assertThat(policy.maySee(researcherWithout, practice)).isTrue();
        assertThat(policy.maySee(otherLead, practice(Set.of(), true, false)))
                .as("draft")
                .isFalse();
    }

    @Test
    void a_draft_is_seen_and_edited_only_by_its_author_and_their_organisation() {
        var draft = practice(Set.of(GROUP), false, false);
        assertThat(policy.maySee(author, draft)).isTrue();
        assertThat(policy.maySee(colleague, draft)).isTrue();
        // DD023: leads and the secretariat moderate what is published, not work in progress
        assertThat(policy.maySee(groupLead, draft)).isFalse();
        assertThat(policy.maySee(admin, draft)).isFalse();
        assertThat(policy.mayEdit(groupLead, draft)).isFalse();
        assertThat(policy.mayEdit(admin, draft)).isFalse();
        assertThat(policy.maySee(groupMember, draft)).isFalse();
        assertThat(policy.maySee(researcherWithGroup, draft)).isFalse();
    }

    @Test
    void author_organisation_leads_of_a_sharing_group_and_admins_edit_researchers_never() {
        var practice = practice(Set.of(GROUP), false, true);
        assertThat(policy.mayEdit(author, practice)).isTrue();
        assertThat(policy.mayEdit(colleague, practice)).isTrue();
        assertThat(policy.mayEdit(groupLead, practice)).isTrue();
        assertThat(policy.mayEdit(admin, practice)).isTrue();
        assertThat(policy.mayEdit(groupMember, practice)).isFalse();
        assertThat(policy.mayEdit(otherLead, practice)).isFalse();
        assertThat(policy.mayEdit(researcherWithGroup, practice)).isFalse();
        assertThat(policy.mayEdit(researcherOfAuthorsOrganisation, practice)).isFalse();
    }

    @Test
    void practices_are_shared_only_in_ones_own_groups_and_researchers_write_none() {
        assertThat(policy.mayShareIn(author, GROUP)).isTrue();
        assertThat(policy.mayShareIn(author, OTHER_GROUP)).isFalse();
        assertThat(policy.mayShareIn(admin, OTHER_GROUP)).isTrue();
        assertThat(policy.mayShareIn(researcherWithGroup, GROUP)).isFalse();
        assertThat(policy.mayCreate(researcherWithGroup.user())).isFalse();
        assertThat(policy.mayCreate(groupMember.user())).isTrue();
    }

    @Test
    void older_texts_are_for_its_editors_and_a_drafts_texts_for_the_authors_organisation_only() {
        var practice = practice(Set.of(GROUP), false, true);
        for (var editor : List.of(author, colleague, groupLead, admin)) {
            assertThat(policy.mayReadHistory(editor, practice)).as("%s", editor).isTrue();
            assertThat(policy.mayReadRevision(editor, practice, PracticeStatus.PUBLISHED))
                    .as("%s", editor)
                    .isTrue();
        }
        for (var reader : List.of(groupMember, researcherWithGroup, otherLead)) {
            assertThat(policy.mayReadHistory(reader, practice)).as("%s", reader).isFalse();
            assertThat(policy.mayReadRevision(reader, practice, PracticeStatus.PUBLISHED))
                    .as("%s", reader)
                    .isFalse();
        }
        // publishing does not open the organisation's work in progress to leads and the secretariat (DD023)
        assertThat(policy.mayReadRevision(author, practice, PracticeStatus.DRAFT))
                .isTrue();
        assertThat(policy.mayReadRevision(colleague, practice, PracticeStatus.DRAFT))
                .isTrue();
        assertThat(policy.mayReadRevision(groupLead, practice, PracticeStatus.DRAFT))
                .isFalse();
        assertThat(policy.mayReadRevision(admin, practice, PracticeStatus.DRAFT))
                .isFalse();
    }

    @Test
    void leads_of_a_sharing_group_and_the_secretariat_redact_never_their_own_nor_anyone_else() {
        var practice = practice(Set.of(GROUP), false, true);
        assertThat(policy.mayRedact(groupLead, practice)).isTrue();
        assertThat(policy.mayRedact(admin, practice)).isTrue();
        for (var other : List.of(author, colleague, groupMember, otherLead, researcherWithGroup)) {
            assertThat(policy.mayRedact(other, practice)).as("%s", other).isFalse();
        }
        var leadsOwn = new Practice(PracticeType.SHEET, 4, 20, NOW);
        leadsOwn.apply(PracticeFixtures.sheet("The lead's own", Set.of(), Set.of(GROUP), false), "IT", NOW);
        leadsOwn.publish(NOW);
        assertThat(policy.mayRedact(groupLead, leadsOwn)).isFalse();
    }

    @Test
    void a_submitted_practice_is_seen_by_its_editors_and_reviewers_only() {
        var practice = submitted(Set.of(GROUP), false);
        var reviewingLead = viewer(11, 20, Role.MEMBER, Set.of(GROUP), Set.of(GROUP), Set.of(GROUP));
        assertThat(policy.maySee(author, practice)).isTrue();
        assertThat(policy.maySee(colleague, practice)).isTrue();
        assertThat(policy.maySee(reviewingLead, practice)).isTrue();
        assertThat(policy.maySee(admin, practice)).isTrue();
        assertThat(policy.maySee(groupMember, practice)).isFalse();
        assertThat(policy.maySee(groupLead, practice))
                .as("a lead of the group who does not review it (the group's review is off for them)")
                .isFalse();
        assertThat(policy.maySee(otherLead, practice)).isFalse();
        assertThat(policy.maySee(researcherWithGroup, practice)).isFalse();
        assertThat(policy.mayEdit(reviewingLead, practice))
                .as("reviewers answer, they do not edit")
                .isFalse();
        assertThat(policy.mayReadHistory(reviewingLead, practice)).isFalse();
    }

    @Test
    void reviewers_review_what_others_submitted_never_their_own() {
        var practice = submitted(Set.of(GROUP), false);
        var reviewingLead = viewer(11, 20, Role.MEMBER, Set.of(GROUP), Set.of(GROUP), Set.of(GROUP));
        var authorReviewing =
                viewer(AUTHOR, AUTHOR_ORGANISATION, Role.MEMBER, Set.of(GROUP), Set.of(GROUP), Set.of(GROUP));
        assertThat(policy.mayReview(reviewingLead, practice)).isTrue();
        assertThat(policy.mayReview(admin, practice)).isTrue();
        assertThat(policy.mayReview(authorReviewing, practice)).isFalse();
        assertThat(policy.mayReview(colleague, practice)).isFalse();
        assertThat(policy.mayReview(groupLead, practice)).isFalse();
        assertThat(policy.mayRedact(reviewingLead, practice)).isTrue();
        var network = submitted(Set.of(), true);
        assertThat(policy.mayReview(admin, network)).isTrue();
        assertThat(policy.mayReview(reviewingLead, network))
                .as("sharing with the whole network is the secretariat's review")
                .isFalse();
        assertThat(policy.maySee(groupMember, network)).isFalse();
        var published = practice(Set.of(GROUP), false, true);
        assertThat(policy.mayReview(reviewingLead, published)).isFalse();
    }

    private static Practice submitted(Set<Long> groupIds, boolean wholeNetwork) {
        var practice = practice(groupIds, wholeNetwork, false);
        practice.submit(NOW);
        return practice;
    }

    private static Practice practice(Set<Long> groupIds, boolean wholeNetwork, boolean published) {
        var practice = new Practice(PracticeType.SHEET, AUTHOR, AUTHOR_ORGANISATION, NOW);
        practice.apply(PracticeFixtures.sheet("A practice", Set.of(), groupIds, wholeNetwork), "IT", NOW);
        if (published) {
            practice.publish(NOW);
        }
        return practice;
    }

    private static Viewer viewer(long personId, long organisationId, Role role, Set<Long> readable, Set<Long> led) {
        return viewer(personId, organisationId, role, readable, led, Set.of());
    }

    private static Viewer viewer(
            long personId, long organisationId, Role role, Set<Long> readable, Set<Long> led, Set<Long> reviewed) {
        return new Viewer(
                new PraxisUser(
                        personId,
                        organisationId,
                        "p" + personId + "@test.example",
                        "P" + personId,
                        role,
                        Locale.ENGLISH,
                        null,
                        true,
                        true),
                readable,
                led,
                reviewed);
    }
}
