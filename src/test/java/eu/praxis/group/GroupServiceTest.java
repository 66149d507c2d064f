package eu.praxis.group;

import static eu.praxis.TestLogins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.WithNewPerson;
import eu.praxis.base.AuditedAction;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.member.MemberService;
import eu.praxis.member.NewPerson;
import eu.praxis.security.Role;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Join, request, leave and lead rules per join policy, each with its denials. Every test works on
 * groups it creates itself, with people it creates itself, so tests do not depend on each other.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
@RecordApplicationEvents
class GroupServiceTest {

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAccess groupAccess;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    MemberService members;

    @Autowired
    TestPeople people;

    @Autowired
    ApplicationEvents events;

    @Autowired
    GreenMail mail;

    long alice;
    long bob;
    long researcher;

    @BeforeEach
    void createPeople() {
        var organisationId = people.organisation();
        alice = people.person(organisationId, Role.MEMBER);
        bob = people.person(organisationId, Role.MEMBER);
        researcher = people.person(organisationId, Role.RESEARCHER);
    }

    @Test
    void joining_an_open_group_makes_an_active_member_who_may_leave() {
        var group = group(JoinPolicy.OPEN, true);

        var status = as(alice, Role.MEMBER, () -> groupMembership.join(group.id()));

        assertThat(status).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(groupAccess.isActiveMember(group.id(), alice)).isTrue();
        assertThat(as(alice, Role.MEMBER, () -> groups.myGroups()))
                .extracting(GroupListItem::id)
                .contains(group.id());
        as(alice, Role.MEMBER, () -> groupMembership.leave(group.id()));
        assertThat(groupAccess.isActiveMember(group.id(), alice)).isFalse();
    }

    @Test
    void joining_twice_is_refused_with_a_message() {
        var group = group(JoinPolicy.OPEN, true);
        as(alice, Role.MEMBER, () -> groupMembership.join(group.id()));
        assertThatThrownBy(() -> as(alice, Role.MEMBER, () -> groupMembership.join(group.id())))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("group.error.already-member"));
    }

    @Test
    void asking_to_join_an_on_request_group_waits_for_a_lead_who_admits() {
        var group = group(JoinPolicy.ON_REQUEST, false);
        groupAdministration.appointLead(group.id(), bob);

        var status = as(alice, Role.MEMBER, () -> groupMembership.join(group.id()));

        assertThat(status).isEqualTo(MembershipStatus.PENDING);
        assertThat(groupAccess.isActiveMember(group.id(), alice)).isFalse();
        var seenByLead = as(bob, Role.MEMBER, () -> groups.get(group.slug()));
        assertThat(seenByLead.pending()).extracting(p -> p.id()).containsExactly(alice);
        assertThat(as(alice, Role.MEMBER, () -> groups.get(group.slug())).pending())
                .as("only leads see the requests")
                .isEmpty();

        as(bob, Role.MEMBER, () -> groupMembership.admit(group.id(), alice));
        assertThat(groupAccess.isActiveMember(group.id(), alice)).isTrue();
    }

    @Test
    void a_lead_declines_a_request_with_a_message_mailed_in_the_persons_language() throws Exception {
        var group = group(JoinPolicy.ON_REQUEST, false);
        groupAdministration.appointLead(group.id(), bob);
        var email = "fr-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var french = members.registerActive(
                new NewPerson(people.organisation(), email, "Camille Martin", null, Role.MEMBER, Locale.FRENCH),
                TestPeople.PASSWORD);
        as(french, Role.MEMBER, () -> groupMembership.join(group.id()));

        as(
                bob,
                Role.MEMBER,
                () -> groupMembership.decline(group.id(), french, "  Please apply through your city's office.  "));

        assertThat(as(bob, Role.MEMBER, () -> groups.get(group.slug())).pending())
                .isEmpty();
        assertThat(as(french, Role.MEMBER, () -> groups.get(group.slug())).myStatus())
                .isNull();
        assertThat(events.stream(JoinRequestDeclined.class))
                .contains(new JoinRequestDeclined(group.id(), french, "Please apply through your city's office."));
        assertAudited("member.decline", bob, french, group.id());
        var mail = await().atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(email), m -> !m.isEmpty())
                .getFirst();
        assertThat(mail.getSubject()).isEqualTo("Votre demande d'adhésion à un groupe de travail");
        assertThat((String) mail.getContent())
                .contains("Camille Martin", group.name(), "a été refusée", "Please apply through your city's office.");
    }

    @Test
    void declining_without_a_message_says_so_and_a_lead_of_another_group_cannot_decline() {
        var group = group(JoinPolicy.ON_REQUEST, false);
        var other = group(JoinPolicy.ON_REQUEST, false);
        groupAdministration.appointLead(other.id(), bob);
        as(alice, Role.MEMBER, () -> groupMembership.join(group.id()));

        assertThatThrownBy(() -> as(bob, Role.MEMBER, () -> groupMembership.decline(group.id(), alice, null)))
                .isInstanceOf(AccessDeniedException.class);
        groupMembership.decline(group.id(), alice, "   ");

        assertThat(events.stream(JoinRequestDeclined.class)).contains(new JoinRequestDeclined(group.id(), alice, null));
    }

    @Test
    void a_lead_removes_members_but_not_leads_and_the_last_lead_stays() {
        var group = group(JoinPolicy.OPEN, false);
        groupAdministration.appointLead(group.id(), bob);
        as(alice, Role.MEMBER, () -> groupMembership.join(group.id()));
        var carol = people.person(people.organisation(), Role.MEMBER);
        as(carol, Role.MEMBER, () -> groupMembership.join(group.id()));

        assertThatThrownBy(() -> as(alice, Role.MEMBER, () -> groupMembership.removeMember(group.id(), carol)))
                .as("a member does not remove others")
                .isInstanceOf(AccessDeniedException.class);
        as(bob, Role.MEMBER, () -> groupMembership.removeMember(group.id(), alice));
        assertThat(groupAccess.isActiveMember(group.id(), alice)).isFalse();
        assertAudited("member.remove", bob, alice, group.id());
        assertThatThrownBy(() -> as(bob, Role.MEMBER, () -> groupMembership.removeMember(group.id(), alice)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("group.error.not-member-of-group"));

        groupAdministration.appointLead(group.id(), carol);
        assertThatThrownBy(() -> as(bob, Role.MEMBER, () -> groupMembership.removeMember(group.id(), carol)))
                .as("taking a lead out is the secretariat's")
                .isInstanceOf(AccessDeniedException.class);
        groupMembership.removeMember(group.id(), carol);
        assertThatThrownBy(() -> groupMembership.removeMember(group.id(), bob))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("group.error.last-lead"));
        assertThat(groupAccess.isLead(group.id(), bob)).isTrue();
    }

    @Test
    void a_lead_of_one_group_cannot_remove_members_of_another() {
        var led = group(JoinPolicy.OPEN, false);
        var other = group(JoinPolicy.OPEN, false);
        groupAdministration.appointLead(led.id(), bob);
        as(bob, Role.MEMBER, () -> groupMembership.join(other.id()));
        as(alice, Role.MEMBER, () -> groupMembership.join(other.id()));

        assertThatThrownBy(() -> as(bob, Role.MEMBER, () -> groupMembership.removeMember(other.id(), alice)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(groupAccess.isActiveMember(other.id(), alice)).isTrue();
    }

    @Test
    void only_the_secretariat_opens_a_group_to_researchers() {
        var group = group(JoinPolicy.OPEN, false);
        groupAdministration.appointLead(group.id(), bob);

        assertThatThrownBy(
                        () -> as(bob, Role.MEMBER, () -> groupAdministration.setVisibleToResearchers(group.id(), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(researcher, Role.RESEARCHER, () -> groups.list()))
                .extracting(GroupListItem::id)
                .doesNotContain(group.id());

        groupAdministration.setVisibleToResearchers(group.id(), true);

        assertThat(as(researcher, Role.RESEARCHER, () -> groups.list()))
                .extracting(GroupListItem::id)
                .contains(group.id());
        assertThat(events.stream(AuditedAction.class)).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("group.researcher-visibility");
            assertThat(a.targetId()).isEqualTo(group.id());
            assertThat(a.reason()).isEqualTo("visible");
        });
    }

    @Test
    void every_change_of_membership_and_lead_is_audited() {
        var group = group(JoinPolicy.ON_REQUEST, false);
        groupAdministration.appointLead(group.id(), bob);
        as(alice, Role.MEMBER, () -> groupMembership.join(group.id()));
        as(bob, Role.MEMBER, () -> groupMembership.admit(group.id(), alice));
        var carol = people.person(people.organisation(), Role.MEMBER);
        as(bob, Role.MEMBER, () -> groupMembership.addMember(group.id(), carol));
        groupAdministration.appointLead(group.id(), alice);
        groupAdministration.removeLead(group.id(), alice);
        groupAdministration.archive(group.id());

        var admin = members.myProfile().id();
        assertAudited("lead.appoint", admin, bob, group.id());
        assertAudited("member.admit", bob, alice, group.id());
        assertAudited("member.add", bob, carol, group.id());
        assertAudited("lead.remove", admin, alice, group.id());
        assertAudited("group.archive", admin, group.id(), group.id());
    }

    private void assertAudited(String action, long actorId, long targetId, long groupId) {
        assertThat(events.stream(AuditedAction.class))
                .filteredOn(a -> a.action().equals(action) && a.targetId() == targetId)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.actorId()).isEqualTo(actorId);
                    assertThat(a.groupId()).isEqualTo(groupId);
                });
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(address));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    @Test
    void an_invite_only_group_cannot_be_joined_but_a_lead_adds_members() {
        var group = group(JoinPolicy.INVITE_ONLY, false);
        groupAdministration.appointLead(group.id(), bob);

        assertThatThrownBy(() -> as(alice, Role.MEMBER, () -> groupMembership.join(group.id())))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("group.error.invite-only"));
        as(bob, Role.MEMBER, () -> groupMembership.addMember(group.id(), alice));
        assertThat(groupAccess.isActiveMember(group.id(), alice)).isTrue();
    }

    @Test
    void a_lead_of_one_group_cannot_manage_another() {
        var led = group(JoinPolicy.ON_REQUEST, false);
        var other = group(JoinPolicy.ON_REQUEST, false);
        groupAdministration.appointLead(led.id(), bob);
        as(alice, Role.MEMBER, () -> groupMembership.join(other.id()));

        assertThatThrownBy(() -> as(bob, Role.MEMBER, () -> groupMembership.admit(other.id(), alice)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(bob, Role.MEMBER, () -> groupMembership.addMember(other.id(), alice)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(groupAccess.isActiveMember(other.id(), alice)).isFalse();
    }

    @Test
    void a_member_cannot_admit_nor_administer() {
        var group = group(JoinPolicy.ON_REQUEST, false);
        as(bob, Role.MEMBER, () -> groupMembership.join(group.id()));

        assertThatThrownBy(() -> as(alice, Role.MEMBER, () -> groupMembership.admit(group.id(), bob)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(alice, Role.MEMBER, () -> groupAdministration.appointLead(group.id(), alice)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(alice, Role.MEMBER, () -> groupAdministration.archive(group.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        alice,
                        Role.MEMBER,
                        () -> groupAdministration.create(new NewGroup("Sneaky group", "", JoinPolicy.OPEN, false))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void researchers_see_only_groups_opened_to_them_and_never_join() {
        var visible = group(JoinPolicy.OPEN, true);
        var hidden = group(JoinPolicy.OPEN, false);

        var seen = as(researcher, Role.RESEARCHER, () -> groups.list());
        assertThat(seen).extracting(GroupListItem::id).contains(visible.id()).doesNotContain(hidden.id());
        assertThatThrownBy(() -> as(researcher, Role.RESEARCHER, () -> groups.get(hidden.slug())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(researcher, Role.RESEARCHER, () -> groupMembership.join(visible.id())))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> groupAdministration.appointLead(visible.id(), researcher))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void an_archived_group_takes_no_new_members() {
        var group = group(JoinPolicy.OPEN, true);
        groupAdministration.archive(group.id());
        assertThatThrownBy(() -> as(alice, Role.MEMBER, () -> groupMembership.join(group.id())))
                .isInstanceOf(UserFacingException.class);
        groupAdministration.unarchive(group.id());
        assertThat(as(alice, Role.MEMBER, () -> groupMembership.join(group.id())))
                .isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void leads_are_appointed_and_removed_by_the_secretariat() {
        var group = group(JoinPolicy.OPEN, true);
        groupAdministration.appointLead(group.id(), alice);
        assertThat(groupAccess.isLead(group.id(), alice)).isTrue();
        assertThatThrownBy(() -> groupAdministration.appointLead(group.id(), alice))
                .isInstanceOf(UserFacingException.class);

        groupAdministration.removeLead(group.id(), alice);
        assertThat(groupAccess.isLead(group.id(), alice)).isFalse();
        assertThat(groupAccess.isActiveMember(group.id(), alice))
                .as("stays a member")
                .isTrue();
    }

    @Test
    void the_home_page_lists_the_newest_members_of_my_groups_but_not_me() {
        var group = group(JoinPolicy.OPEN, true);
        as(alice, Role.MEMBER, () -> groupMembership.join(group.id()));
        as(bob, Role.MEMBER, () -> groupMembership.join(group.id()));

        var newest = as(alice, Role.MEMBER, () -> groups.newestMembersOfMyGroups(5));

        assertThat(newest).extracting(m -> m.person().id()).contains(bob).doesNotContain(alice);
    }

    @Test
    void group_names_become_readable_unique_slugs() {
        assertThat(GroupAdministration.slugOf("Drugs & harm reduction")).isEqualTo("drugs-harm-reduction");
        assertThat(GroupAdministration.slugOf("Sécurité & Innovation")).isEqualTo("securite-innovation");
        var name = "Unique " + UUID.randomUUID().toString().substring(0, 6);
        groupAdministration.create(new NewGroup(name, "", JoinPolicy.OPEN, false));
        assertThatThrownBy(() -> groupAdministration.create(new NewGroup(name, "", JoinPolicy.OPEN, false)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("group.error.name-taken"));
    }

    private GroupDetails group(JoinPolicy policy, boolean visibleToResearchers) {
        var slug = groupAdministration.create(new NewGroup(
                "Test group " + UUID.randomUUID().toString().substring(0, 8),
                "A group for a test.",
                policy,
                visibleToResearchers));
        return groups.get(slug);
    }
}
