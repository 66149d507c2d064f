package eu.praxis.practice;

import static eu.praxis.content.ModerationAction.DELETE;
import static eu.praxis.content.ModerationAction.HIDE;
import static eu.praxis.content.ModerationAction.RESTORE;
import static eu.praxis.content.ModerationAction.UNDELETE;
import static eu.praxis.practice.PracticeFixtures.as;
import static eu.praxis.practice.PracticeFixtures.sheet;
import static eu.praxis.practice.PracticeFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.WithNewPerson;
import eu.praxis.base.AuditedAction;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.content.ContentModerated;
import eu.praxis.content.ModerationAction;
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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Moderating practices: who may hide, restore, delete and bring back which practice, who still sees a
 * hidden or deleted one (page, lists, attachments), edits with a reason in the history, and the
 * events of every action. The author's practice is shared in a private group (led by the lead) and in a
 * group open to researchers; another lead leads a group the practice is not shared in.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
@RecordApplicationEvents
class PracticeModerationTest {

    @Autowired
    PracticeEditing practices;

    @Autowired
    PracticeLibrary library;

    @Autowired
    PracticeModeration practiceModeration;

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
    ApplicationEvents events;

    Who admin;
    Who author;
    Who colleague;
    Who lead;
    Who member;
    Who otherLead;
    Who researcher;
    GroupDetails privateGroup;
    GroupDetails researcherGroup;
    long theme;
    long practice;

    @BeforeEach
    void createPeopleGroupsAndPractice() {
        var fixtures = new PracticeFixtures(members, groups, groupMembership, groupAdministration);
        var two = organisations
                .find(OrganisationFilter.any(), PageRequest.of(0, 2))
                .getContent();
        admin = new Who(CurrentUser.require().personId(), CurrentUser.require().organisationId(), Role.ADMIN);
        author = fixtures.person(two.get(0).id(), Role.MEMBER);
        colleague = fixtures.person(two.get(0).id(), Role.MEMBER);
        lead = fixtures.person(two.get(1).id(), Role.MEMBER);
        member = fixtures.person(two.get(1).id(), Role.MEMBER);
        otherLead = fixtures.person(two.get(1).id(), Role.MEMBER);
        researcher = fixtures.person(two.get(1).id(), Role.RESEARCHER);
        privateGroup = fixtures.group(JoinPolicy.INVITE_ONLY, false);
        researcherGroup = fixtures.group(JoinPolicy.OPEN, true);
        var otherGroup = fixtures.group(JoinPolicy.OPEN, false);
        groupMembership.addMember(privateGroup.id(), author.id());
        groupAdministration.appointLead(privateGroup.id(), lead.id());
        groupMembership.addMember(privateGroup.id(), member.id());
        groupMembership.addMember(privateGroup.id(), otherLead.id());
        groupMembership.addMember(researcherGroup.id(), author.id());
        groupAdministration.appointLead(otherGroup.id(), otherLead.id());
        theme = themes.create(unique("Theme"), unique("Thème"));
        practice = as(
                author,
                () -> practices.create(sheet(
                        unique("Moderated"), Set.of(theme), Set.of(privateGroup.id(), researcherGroup.id()), false)));
        as(author, () -> practices.publish(practice));
    }

    @Test
    void a_hidden_practice_is_gone_for_readers_but_shown_with_its_reason_to_author_lead_and_admin() {
        var attachment = as(
                author,
                () -> practices.attach(
                        practice,
                        new ByteArrayInputStream(("notes " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)),
                        "n.txt"));
        for (var who : List.of(member, colleague, researcher)) {
            assertThat(listed(who)).as("%s lists it before", who).containsExactly(practice);
        }

        as(lead, () -> moderate(practice, HIDE, "  Personal data of a victim.  "));

        for (var who : List.of(member, colleague, researcher, otherLead)) {
            assertNotFound(() -> as(who, () -> library.get(practice)));
            assertNotFound(() -> as(who, () -> library.download(attachment.id())));
            assertThat(listed(who)).as("%s lists it", who).isEmpty();
        }
        for (var who : List.of(author, lead, admin)) {
            var seen = as(who, () -> library.get(practice));
            assertThat(seen.hidden()).isTrue();
            assertThat(seen.hiddenReason()).isEqualTo("Personal data of a victim.");
            assertThat(listed(who)).as("%s lists it", who).containsExactly(practice);
            assertThat(as(who, () -> library.practicesOfGroup(privateGroup.id(), PageRequest.of(0, 5)))
                            .getContent()
                            .getFirst()
                            .hidden())
                    .isTrue();
        }
        assertThat(events.stream(ContentModerated.class))
                .containsExactly(new ContentModerated(
                        "practice.hide",
                        "practice",
                        practice,
                        null,
                        null,
                        practice,
                        author.id(),
                        lead.id(),
                        "Personal data of a victim."));
        assertThat(practiceActions()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("practice.hide");
            assertThat(a.actorId()).isEqualTo(lead.id());
            assertThat(a.targetType()).isEqualTo("practice");
            assertThat(a.groupId()).isEqualTo(privateGroup.id());
        });

        as(lead, () -> moderate(practice, RESTORE, null));
        assertThat(listed(member)).containsExactly(practice);
        assertThat(as(member, () -> library.get(practice)).hidden()).isFalse();
    }

    @Test
    void only_moderators_of_the_practice_act_and_never_on_their_own() {
        assertDenied(() -> as(member, () -> moderate(practice, HIDE, "No.")));
        assertDenied(() -> as(colleague, () -> moderate(practice, DELETE, null)));
        assertDenied(() -> as(otherLead, () -> moderate(practice, HIDE, "Not my group.")));
        assertDenied(() -> as(researcher, () -> moderate(practice, HIDE, "Research.")));
        assertDenied(() -> as(author, () -> moderate(practice, HIDE, "Mine.")));
        var byLead = as(
                lead,
                () -> practices.create(sheet(unique("By the lead"), Set.of(theme), Set.of(privateGroup.id()), false)));
        as(lead, () -> practices.publish(byLead));
        assertThatThrownBy(() -> as(lead, () -> moderate(byLead, HIDE, "My own.")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.error.own-practice"));
        assertThatThrownBy(() -> as(lead, () -> moderate(practice, HIDE, " ")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.moderation.reason"));
        assertThat(practiceActions()).isEmpty();
        assertThat(as(member, () -> library.get(practice)).hidden()).isFalse();
    }

    @Test
    void a_deleted_practice_is_seen_by_admins_only_who_alone_bring_it_back() {
        as(lead, () -> moderate(practice, DELETE, "Duplicate."));

        for (var who : List.of(author, lead, member, colleague, researcher)) {
            assertNotFound(() -> as(who, () -> library.get(practice)));
            assertThat(listed(who)).as("%s lists it", who).isEmpty();
        }
        var seen = library.get(practice);
        assertThat(seen.deleted()).isTrue();
        assertThat(seen.moderation()).contains(ModerationAction.UNDELETE);
        assertThat(listed(admin)).containsExactly(practice);
        assertDenied(() -> as(lead, () -> moderate(practice, UNDELETE, null)));

        moderate(practice, UNDELETE, null);

        assertThat(listed(member)).containsExactly(practice);
        assertThat(practiceActions())
                .extracting(AuditedAction::action)
                .containsExactly("practice.delete", "practice.undelete");
    }

    @Test
    void an_edit_by_a_lead_keeps_its_reason_in_the_history_and_is_audited() {
        as(
                lead,
                () -> practices.update(
                        practice,
                        sheet(
                                unique("Corrected"),
                                Set.of(theme),
                                Set.of(privateGroup.id(), researcherGroup.id()),
                                false),
                        null,
                        "Removed a phone number."));
        as(
                author,
                () -> practices.update(
                        practice,
                        sheet(
                                unique("Author again"),
                                Set.of(theme),
                                Set.of(privateGroup.id(), researcherGroup.id()),
                                false),
                        null));

        var history = as(author, () -> library.history(practice));
        assertThat(history.get(1).personId()).isEqualTo(lead.id());
        assertThat(history.get(1).reason()).isEqualTo("Removed a phone number.");
        assertThat(history.getFirst().reason()).isNull();
        // a plain member reads why it changed, not what it said before
        assertThat(as(member, () -> library.changeReasons(practice)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.reason()).isEqualTo("Removed a phone number.");
                    assertThat(r.version()).isEqualTo(history.get(1).version());
                });
        assertThat(practiceActions()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("practice.edit");
            assertThat(a.reason()).isEqualTo("Removed a phone number.");
        });
    }

    private List<Long> listed(Who who) {
        return as(who, () -> library.practicesOfGroup(privateGroup.id(), PageRequest.of(0, 20)))
                .map(PracticeListItem::id)
                .getContent();
    }

    /** Applies the action as the logged-in person, as the "Moderate" menu does. */
    private void moderate(long id, ModerationAction action, @Nullable String reason) {
        practiceModeration.apply(CurrentUser.require(), id, action, reason);
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFoundException.class);
    }

    private static void assertDenied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }

    private java.util.stream.Stream<AuditedAction> practiceActions() {
        return events.stream(AuditedAction.class).filter(a -> a.targetType().equals("practice"));
    }
}
