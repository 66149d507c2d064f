package eu.praxis.practice;

import static eu.praxis.practice.PracticeFixtures.as;
import static eu.praxis.practice.PracticeFixtures.sheet;
import static eu.praxis.practice.PracticeFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.WithNewPerson;
import eu.praxis.base.NotFoundException;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who reads a practice's older texts (issue 19): those who may edit it (author, colleague, lead of a sharing group,
 * secretariat); its readers (a member of the group, a researcher of a group open to them) learn only the current
 * version's number and the reasons of the changes; a member of another group does not find it. A published practice
 * that a lead corrected with a reason, shared in a private group and in a group open to researchers.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
class PracticeHistoryTest {

    @Autowired
    PracticeEditing practices;

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

    Cast c;
    Who secretariat;
    Who otherGroupMember;
    String firstTitle = "";
    long practice;

    @BeforeEach
    void aPublishedPracticeThatALeadCorrected() {
        var fixtures = new PracticeFixtures(members, groups, groupMembership, groupAdministration);
        var otherOrganisation = organisationFixtures.city();
        c = fixtures.cast(organisationFixtures.city(), otherOrganisation);
        secretariat =
                new Who(CurrentUser.require().personId(), CurrentUser.require().organisationId(), Role.ADMIN);
        otherGroupMember = fixtures.person(otherOrganisation, Role.MEMBER);
        groupMembership.addMember(fixtures.group(JoinPolicy.OPEN, false).id(), otherGroupMember.id());
        var groupIds = Set.of(c.privateGroup().id(), c.researcherGroup().id());
        firstTitle = unique("Helpline run by Anna Rossi");
        practice = as(c.author(), () -> practices.create(sheet(firstTitle, Set.of(), groupIds, false)));
        as(c.author(), () -> practices.publish(practice));
        as(
                c.lead(),
                () -> practices.update(
                        practice, sheet(unique("Helpline"), Set.of(), groupIds, false), null, "Took a name out."));
    }

    @Test
    void those_who_may_edit_read_the_older_texts() {
        for (var editor : List.of(c.author(), c.colleague(), c.lead(), secretariat)) {
            var history = as(editor, () -> library.history(practice));

            assertThat(history).as("%s", editor).hasSize(3);
            assertThat(history).extracting(RevisionSummary::version).containsExactly(3, 2, 1);
            var published = history.get(1);
            assertThat(published.readable()).isTrue();
            assertThat(as(editor, () -> library.revision(practice, published.revisionNumber()))
                            .title())
                    .as("%s", editor)
                    .isEqualTo(firstTitle);
            var details = as(editor, () -> library.get(practice));
            assertThat(details.mayReadHistory()).isTrue();
            assertThat(details.versionNumber()).isEqualTo(3);
        }
    }

    @Test
    void readers_get_the_version_and_the_reasons_but_never_an_older_text() {
        var revisionWithTheName =
                as(c.author(), () -> library.history(practice)).get(1);

        for (var reader : List.of(c.member(), c.researcher())) {
            var details = as(reader, () -> library.get(practice));
            assertThat(details.mayReadHistory()).as("%s", reader).isFalse();
            assertThat(details.versionNumber()).isEqualTo(3);
            assertThat(as(reader, () -> library.changeReasons(practice)))
                    .as("%s", reader)
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.version()).isEqualTo(3);
                        assertThat(r.reason()).isEqualTo("Took a name out.");
                    });
            assertThatThrownBy(() -> as(reader, () -> library.history(practice)))
                    .as("%s", reader)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(reader, () -> library.revision(practice, revisionWithTheName.revisionNumber())))
                    .as("%s", reader)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_member_of_another_group_finds_neither_the_practice_nor_its_history() {
        for (var call : List.<Runnable>of(
                () -> library.get(practice),
                () -> library.history(practice),
                () -> library.changeReasons(practice),
                () -> library.revision(practice, 1))) {
            assertThatThrownBy(() -> as(otherGroupMember, call)).isInstanceOf(NotFoundException.class);
        }
    }

    /** DD023: a draft is its organisation's work in progress, and publishing does not open its history to others. */
    @Test
    void the_texts_it_had_as_a_draft_stay_with_the_authors_organisation() {
        var created = as(c.author(), () -> library.history(practice)).getLast();
        assertThat(created.status()).isEqualTo(PracticeStatus.DRAFT);

        for (var organisation : List.of(c.author(), c.colleague())) {
            assertThat(as(organisation, () -> library.history(practice))
                            .getLast()
                            .readable())
                    .isTrue();
            assertThat(as(organisation, () -> library.revision(practice, created.revisionNumber()))
                            .versionNumber())
                    .isEqualTo(1);
        }
        for (var moderator : List.of(c.lead(), secretariat)) {
            assertThat(as(moderator, () -> library.history(practice)).getLast().readable())
                    .as("%s", moderator)
                    .isFalse();
            assertThatThrownBy(() -> as(moderator, () -> library.revision(practice, created.revisionNumber())))
                    .as("%s", moderator)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
