package eu.praxis.moderation;

import static eu.praxis.TestLogins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.TestPeople;
import eu.praxis.WithNewPerson;
import eu.praxis.content.ContentModeration;
import eu.praxis.content.ModerationAction;
import eu.praxis.discussion.DiscussionPosting;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.discussion.ReplyModeration;
import eu.praxis.discussion.ThreadModeration;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDetails;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.member.ApplicationForm;
import eu.praxis.member.InvitationService;
import eu.praxis.member.MemberService;
import eu.praxis.member.MembershipApplicationService;
import eu.praxis.member.NewPerson;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeFixtures;
import eu.praxis.practice.PracticeModeration;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log records every moderation and administration action of the features with who, on what, in
 * which group and why, in the action's transaction; filters, CSV export, and that nothing can change it.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
class AuditLogTest {

    @Autowired
    AuditService audit;

    @Autowired
    ModerationService moderation;

    @Autowired
    DiscussionReading discussions;

    @Autowired
    DiscussionPosting posting;

    @Autowired
    ThreadModeration threadModeration;

    @Autowired
    ContentModeration contentModeration;

    @Autowired
    PracticeEditing practices;

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
    MembershipApplicationService applications;

    @Autowired
    InvitationService invitations;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TestPeople people;

    @Autowired
    TestClock clock;

    @Autowired
    PlatformTransactionManager transactions;

    long organisation;
    long admin;
    long lead;
    long alice;
    long bob;
    GroupDetails group;
    GroupDetails other;

    @BeforeEach
    void createAGroupWithALeadAndMembers() {
        organisation = people.organisation();
        admin = members.myProfile().id();
        lead = people.person(organisation, Role.MEMBER);
        alice = people.person(organisation, Role.MEMBER);
        bob = people.person(organisation, Role.MEMBER);
        group = group(JoinPolicy.ON_REQUEST);
        other = group(JoinPolicy.OPEN);
        groupAdministration.appointLead(group.id(), lead);
        groupAdministration.appointLead(other.id(), lead);
        groupMembership.addMember(group.id(), alice);
        groupMembership.addMember(group.id(), bob);
    }

    @Test
    void every_moderation_action_is_recorded_with_actor_target_group_and_reason() {
        var thread = as(alice, Role.MEMBER, () -> posting.startThread(group.id(), "Lights", "Do they help?"));
        var reply = as(bob, Role.MEMBER, () -> posting.reply(thread, "Yes."));
        as(lead, Role.MEMBER, () -> {
            contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.PIN, null);
            contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.UNPIN, null);
            contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.LOCK, null);
            contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.UNLOCK, null);
            contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.HIDE, "Off-topic.");
            contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.RESTORE, null);
            posting.editThread(thread, "Street lights", "Do they help?", "Clearer title.");
            contentModeration.apply(ReplyModeration.TYPE, reply, ModerationAction.HIDE, "Rude.");
            contentModeration.apply(ReplyModeration.TYPE, reply, ModerationAction.RESTORE, null);
            posting.editReply(reply, "Yes, they do.", "Typo.");
            contentModeration.apply(ReplyModeration.TYPE, reply, ModerationAction.DELETE, "Duplicate.");
            threadModeration.move(thread, other.id(), "Belongs there.");
        });
        contentModeration.apply(ReplyModeration.TYPE, reply, ModerationAction.UNDELETE, null);
        contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.DELETE, "Spam.");
        contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.UNDELETE, null);
        var carol = people.person(organisation, Role.MEMBER);
        var dave = people.person(organisation, Role.MEMBER);
        as(carol, Role.MEMBER, () -> groupMembership.join(group.id()));
        as(dave, Role.MEMBER, () -> groupMembership.join(group.id()));
        as(lead, Role.MEMBER, () -> {
            groupMembership.admit(group.id(), carol);
            groupMembership.decline(group.id(), dave, "Members of member cities only.");
            groupMembership.removeMember(group.id(), bob);
        });
        groupAdministration.setVisibleToResearchers(group.id(), true);

        assertEntry("thread.pin", lead, "thread", thread, group.id(), null);
        assertEntry("thread.unpin", lead, "thread", thread, group.id(), null);
        assertEntry("thread.lock", lead, "thread", thread, group.id(), null);
        assertEntry("thread.unlock", lead, "thread", thread, group.id(), null);
        assertEntry("thread.hide", lead, "thread", thread, group.id(), "Off-topic.");
        assertEntry("thread.restore", lead, "thread", thread, group.id(), null);
        assertEntry("thread.edit", lead, "thread", thread, group.id(), "Clearer title.");
        assertEntry("reply.hide", lead, "reply", reply, group.id(), "Rude.");
        assertEntry("reply.restore", lead, "reply", reply, group.id(), null);
        assertEntry("reply.edit", lead, "reply", reply, group.id(), "Typo.");
        assertEntry("reply.delete", lead, "reply", reply, group.id(), "Duplicate.");
        assertEntry("thread.move", lead, "thread", thread, other.id(), "Belongs there.");
        assertEntry("reply.undelete", admin, "reply", reply, other.id(), null);
        assertEntry("thread.delete", admin, "thread", thread, other.id(), "Spam.");
        assertEntry("thread.undelete", admin, "thread", thread, other.id(), null);
        assertEntry("member.admit", lead, "person", carol, group.id(), null);
        assertEntry("member.decline", lead, "person", dave, group.id(), "Members of member cities only.");
        assertEntry("member.remove", lead, "person", bob, group.id(), null);
        assertEntry("group.researcher-visibility", admin, "group", group.id(), group.id(), "visible");
        assertEntry("lead.appoint", admin, "person", lead, group.id(), null);
    }

    @Test
    void practice_moderation_report_resolutions_and_admin_actions_are_recorded() {
        var fixtures = new PracticeFixtures(members, groups, groupMembership, groupAdministration);
        var author = fixtures.person(organisation, Role.MEMBER);
        groupMembership.addMember(group.id(), author.id());
        var practice = PracticeFixtures.as(author, () -> {
            var id = practices.create(
                    PracticeFixtures.caseStudy(PracticeFixtures.unique("Helpline"), Set.of(group.id()), false));
            practices.publish(id);
            return id;
        });
        as(
                alice,
                Role.MEMBER,
                () -> moderation.report(ReportedType.PRACTICE, practice, ReportReason.OTHER, "Wrong city."));
        as(lead, Role.MEMBER, () -> moderation.dismiss(ReportedType.PRACTICE, practice, "Checked: right city."));
        as(lead, Role.MEMBER, () -> {
            practiceModeration.apply(CurrentUser.require(), practice, ModerationAction.HIDE, "Outdated.");
            practiceModeration.apply(CurrentUser.require(), practice, ModerationAction.RESTORE, null);
            practiceModeration.apply(CurrentUser.require(), practice, ModerationAction.DELETE, "Withdrawn.");
        });
        practiceModeration.apply(CurrentUser.require(), practice, ModerationAction.UNDELETE, null);
        var suspended = organisations.register(
                "Audit City " + UUID.randomUUID().toString().substring(0, 6),
                OrganisationKind.CITY,
                "IT",
                null,
                LocalDate.of(2020, 1, 1));
        try {
            organisations.suspend(suspended);
        } finally {
            // other tests take the first organisation of the directory for their people
            organisations.reactivate(suspended);
        }
        members.disable(bob);

        assertEntry("report.dismissed", lead, "practice", practice, group.id(), "Checked: right city.");
        assertEntry("practice.hide", lead, "practice", practice, group.id(), "Outdated.");
        assertEntry("practice.restore", lead, "practice", practice, group.id(), null);
        assertEntry("practice.delete", lead, "practice", practice, group.id(), "Withdrawn.");
        assertEntry("practice.undelete", admin, "practice", practice, null, null);
        assertEntry("organisation.suspend", admin, "organisation", suspended, null, null);
        assertEntry("person.disable", admin, "person", bob, null, null);
    }

    @Test
    void the_secretariats_account_application_and_invitation_actions_are_recorded() {
        // each from an address of its own: the form allows a few applications an hour per address
        var approved = applications.submit(application("Approved Town"), "audit-" + UUID.randomUUID());
        var rejected = applications.submit(application("Rejected Town"), "audit-" + UUID.randomUUID());
        applications.approve(approved);
        applications.reject(rejected, "Not a local authority.");
        var invitee = invitations.invite(new NewPerson(
                organisation,
                "invitee-" + UUID.randomUUID() + "@test.example",
                "Ines Invited",
                null,
                Role.MEMBER,
                Locale.ENGLISH));
        invitations.resend(invitee);
        members.disable(bob);
        members.enable(bob);
        var suspended = organisations.register(
                "Audit Town " + UUID.randomUUID().toString().substring(0, 6),
                OrganisationKind.CITY,
                "IT",
                null,
                LocalDate.of(2020, 1, 1));
        organisations.suspend(suspended);
        organisations.reactivate(suspended);

        assertEntry("application.approve", admin, "application", approved, null, null);
        assertEntry("application.reject", admin, "application", rejected, null, "Not a local authority.");
        assertEntry("person.invite", admin, "person", invitee, null, null);
        assertEntry("person.invite-again", admin, "person", invitee, null, null);
        assertEntry("person.enable", admin, "person", bob, null, null);
        assertEntry("organisation.reactivate", admin, "organisation", suspended, null, null);
    }

    @Test
    void entries_name_their_targets() {
        var thread = as(alice, Role.MEMBER, () -> posting.startThread(group.id(), "Street lights", "Help?"));
        var reply = as(bob, Role.MEMBER, () -> posting.reply(thread, "Yes."));
        as(lead, Role.MEMBER, () -> {
            contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.PIN, null);
            contentModeration.apply(ReplyModeration.TYPE, reply, ModerationAction.HIDE, "Rude.");
            groupMembership.removeMember(group.id(), bob);
        });
        var application = applications.submit(application("Named Town"), "audit-" + UUID.randomUUID());
        applications.reject(application, "Not yet.");

        assertThat(name("thread.pin", thread)).isEqualTo("Street lights");
        assertThat(name("reply.hide", reply))
                .as("a reply is named by its thread")
                .isEqualTo("Street lights");
        assertThat(name("member.remove", bob))
                .isEqualTo(members.summaries(List.of(bob)).get(bob).name());
        assertThat(name("lead.appoint", lead))
                .isEqualTo(members.summaries(List.of(lead)).get(lead).name());
        assertThat(name("application.reject", application)).startsWith("Named Town ");
    }

    @Test
    void an_action_that_rolls_back_leaves_no_entry() {
        var thread = as(alice, Role.MEMBER, () -> posting.startThread(group.id(), "Budget", "Who pays?"));
        var template = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> as(
                        lead,
                        Role.MEMBER,
                        () -> template.executeWithoutResult(status -> {
                            contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.PIN, null);
                            throw new IllegalStateException("something after the pin failed");
                        })))
                .isInstanceOf(IllegalStateException.class);

        assertThat(entries(new AuditFilter(null, lead, "thread.pin", null, null)))
                .isEmpty();
    }

    @Test
    void filters_by_group_actor_action_and_days_and_exports_what_they_select_as_csv() throws IOException {
        clock.advance(Duration.ofDays(400));
        try {
            var thread = as(
                    alice,
                    Role.MEMBER,
                    () -> posting.startThread(group.id(), "=cmd|' /C calc'!A0", "Spreadsheet trap."));
            as(
                    lead,
                    Role.MEMBER,
                    () -> contentModeration.apply(
                            ThreadModeration.TYPE, thread, ModerationAction.HIDE, "=HYPERLINK(\"x\")"));
            as(
                    lead,
                    Role.MEMBER,
                    () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.RESTORE, null));
            var today = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.systemDefault());

            var byGroup = entries(new AuditFilter(group.id(), null, null, null, null));
            assertThat(byGroup).allSatisfy(e -> assertThat(e.groupId()).isEqualTo(group.id()));
            assertThat(byGroup).extracting(AuditEntryItem::action).startsWith("thread.restore", "thread.hide");
            assertThat(entries(new AuditFilter(group.id(), lead, "thread.hide", null, null)))
                    .singleElement()
                    .satisfies(e -> assertThat(e.targetId()).isEqualTo(thread));
            var ofToday = AuditFilter.ofDays(group.id(), null, null, today, today, java.time.ZoneId.systemDefault());
            assertThat(entries(ofToday))
                    .extracting(AuditEntryItem::action)
                    .containsExactly("thread.restore", "thread.hide");
            assertThat(entries(AuditFilter.ofDays(
                            group.id(), null, null, null, today.minusDays(1), java.time.ZoneId.systemDefault())))
                    .extracting(AuditEntryItem::action)
                    .doesNotContain("thread.hide")
                    .contains("lead.appoint");

            var csv = new StringWriter();
            audit.export(ofToday, csv);
            var records = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(csv.toString()))
                    .getRecords();
            assertThat(records).extracting(r -> r.get("action")).containsExactly("thread.restore", "thread.hide");
            assertThat(records.get(1).get("target_id")).isEqualTo(Long.toString(thread));
            assertThat(records.get(1).get("actor_id")).isEqualTo(Long.toString(lead));
            assertThat(records.get(1).get("group")).isEqualTo(group.name());
            assertThat(records.get(1).get("target"))
                    .as("the thread's title, defused")
                    .isEqualTo("'=cmd|' /C calc'!A0");
            // a reason that a spreadsheet would run as a formula is defused
            assertThat(records.get(1).get("reason")).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(Instant.parse(records.get(1).get("time")))
                    .isEqualTo(entries(ofToday).get(1).at());
        } finally {
            clock.reset();
        }
    }

    @Test
    void only_the_secretariat_reads_the_log() {
        assertThatThrownBy(() -> as(lead, Role.MEMBER, () -> audit.find(AuditFilter.ALL, PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(lead, Role.MEMBER, () -> audit.export(AuditFilter.ALL, new StringWriter())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void entries_can_neither_be_changed_nor_deleted_through_the_application() {
        for (Method method : AuditEntryRepository.class.getMethods()) {
            assertThat(method.getName())
                    .as("repository method " + method.getName())
                    .doesNotStartWith("delete")
                    .doesNotStartWith("remove")
                    .doesNotStartWith("update");
            assertThat(method.isAnnotationPresent(Modifying.class))
                    .as(method.getName())
                    .isFalse();
        }
        assertThat(org.springframework.data.repository.CrudRepository.class.isAssignableFrom(
                        AuditEntryRepository.class))
                .isFalse();
        assertThat(AuditEntry.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
    }

    @Test
    void every_recorded_action_has_a_label_in_both_languages() throws IOException {
        var english = bundle("moderation.properties");
        var french = bundle("moderation_fr.properties");
        assertThat(audit.actions()).isNotEmpty().allSatisfy(action -> {
            assertThat(english).containsKey("audit.action." + action);
            assertThat(french).containsKey("audit.action." + action);
        });
    }

    private String name(String action, long targetId) {
        return entries(new AuditFilter(null, null, action, null, null)).stream()
                .filter(e -> e.targetId() == targetId)
                .findFirst()
                .orElseThrow()
                .targetName();
    }

    private static ApplicationForm application(String organisationName) {
        return new ApplicationForm(
                organisationName + " " + UUID.randomUUID().toString().substring(0, 6),
                OrganisationKind.CITY,
                "IT",
                null,
                null,
                "We work on night-time safety.",
                "Carla Contact",
                "contact-" + UUID.randomUUID() + "@test.example",
                null,
                "en");
    }

    private List<AuditEntryItem> entries(AuditFilter filter) {
        return audit.find(filter, PageRequest.of(0, 200)).getContent();
    }

    private void assertEntry(String action, long actor, String targetType, long targetId, Long groupId, String reason) {
        assertThat(entries(new AuditFilter(null, null, action, null, null)))
                .filteredOn(e -> e.targetId() == targetId
                        && e.targetType().equals(targetType)
                        && java.util.Objects.equals(e.groupId(), groupId))
                .as(action + " in group " + groupId)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actorId()).as(action + " actor").isEqualTo(actor);
                    assertThat(e.reason()).as(action + " reason").isEqualTo(reason);
                });
    }

    private GroupDetails group(JoinPolicy policy) {
        var slug = groupAdministration.create(
                new NewGroup("Audit " + UUID.randomUUID().toString().substring(0, 8), "Audit test.", policy, false));
        return groups.get(slug);
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = AuditLogTest.class.getResourceAsStream("/messages/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
