package eu.praxis.moderation.ui;

import static eu.praxis.TestLogins.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.ViewTestSupport;
import eu.praxis.base.Times;
import eu.praxis.content.ContentModeration;
import eu.praxis.content.ModerationAction;
import eu.praxis.content.ui.ReasonDialog;
import eu.praxis.discussion.DiscussionPosting;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.discussion.ThreadModeration;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.member.MemberService;
import eu.praxis.member.NewPerson;
import eu.praxis.moderation.AuditEntryItem;
import eu.praxis.moderation.ModerationService;
import eu.praxis.moderation.ReportReason;
import eu.praxis.moderation.ReportedType;
import eu.praxis.security.Role;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reporting a reply from its thread, resolving it in the group's queue, and the audit log's filters, through
 * the views. Group with its lead, Alice (the thread) and Bob (the reply).
 */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
class ModerationViewsTest extends ViewTestSupport {

    private static final String ACTION = "data-action";

    @Autowired
    ModerationService moderation;

    @Autowired
    DiscussionReading discussions;

    @Autowired
    DiscussionPosting posting;

    @Autowired
    ContentModeration contentModeration;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    MemberService members;

    @Autowired
    TestPeople people;

    record Person(long id, String email) {}

    Person lead;
    Person alice;
    Person bob;
    String slug;
    long thread;
    long reply;

    @BeforeEach
    void createGroupPeopleAndThread() {
        lead = person();
        alice = person();
        bob = person();
        slug = as(
                0,
                Role.ADMIN,
                () -> groupAdministration.create(
                        new NewGroup("Queue " + UUID.randomUUID(), "View tests.", JoinPolicy.OPEN, false)));
        var groupId = as(0, Role.ADMIN, () -> groups.get(slug).id());
        as(0, Role.ADMIN, () -> groupAdministration.appointLead(groupId, lead.id()));
        as(alice.id(), Role.MEMBER, () -> groupMembership.join(groupId));
        as(bob.id(), Role.MEMBER, () -> groupMembership.join(groupId));
        thread = as(alice.id(), Role.MEMBER, () -> posting.startThread(groupId, "Night buses", "Safer?"));
        reply = as(bob.id(), Role.MEMBER, () -> posting.reply(thread, "Visit my shop!"));
    }

    @Test
    void a_member_reports_a_reply_once_and_a_second_time_is_told_so() {
        logInAs(alice.email());
        navigate("threads/" + thread, Component.class);
        // Alice wrote the thread: the only "Report" is on Bob's reply.
        assertThat(find(Button.class).withAttribute(ACTION, ReportButton.ACTION).all())
                .hasSize(1);

        report(ReportReason.OTHER, "");
        assertThat(notifications()).contains(t("moderation.error.text", 500));
        test(find(TextArea.class).id(ReportDialog.TEXT_ID)).setValue("An advert.");
        test(find(Button.class).withAttribute(ACTION, ReportDialog.SEND_ACTION).single())
                .click();
        assertThat(notifications()).contains(t("moderation.report.sent"));
        assertThat(find(ReportDialog.class).exists()).isFalse();

        report(ReportReason.SPAM, "");
        assertThat(notifications()).contains(t("moderation.error.already-reported"));
        assertThat(find(ReportDialog.class).single().isOpened()).isTrue();
    }

    @Test
    void the_lead_finds_the_report_from_the_group_page_and_hides_the_reply() {
        as(alice.id(), Role.MEMBER, () -> moderation.report(ReportedType.REPLY, reply, ReportReason.SPAM, null));
        logInAs(lead.email());
        navigate("groups/" + slug, Component.class);
        assertThat(text(find(Component.class).id("reports"))).contains(t("moderation.group.open", 1));

        navigate(GroupQueueView.path(slug), GroupQueueView.class);
        var item = find(Article.class).withClassName(QueueList.ITEM_CLASS).single();
        assertThat(text(item))
                .contains("Night buses")
                .contains("Visit my shop!")
                .contains(t("moderation.reason.spam") + " ×1");
        test(find(Button.class).withAttribute(ACTION, "hide").from(item).single())
                .click();
        test(find(TextArea.class).id(ReasonDialog.FIELD_ID)).setValue("Advertising.");
        test(find(Button.class)
                        .withAttribute(ACTION, ReasonDialog.CONFIRM_ACTION)
                        .single())
                .click();

        assertThat(notifications()).contains(t("moderation.resolve.done"));
        assertThat(find(Article.class).withClassName(QueueList.ITEM_CLASS).exists())
                .isFalse();
        assertThat(find(Component.class).id("queue-empty").isVisible()).isTrue();
    }

    @Test
    void a_member_has_no_queue_and_no_reports_section() {
        as(bob.id(), Role.MEMBER, () -> moderation.report(ReportedType.THREAD, thread, ReportReason.OFF_TOPIC, null));
        logInAs(alice.email());
        navigate("groups/" + slug, Component.class);
        assertThat(find(Component.class).withId("reports").exists()).isFalse();

        navigate(GroupQueueView.path(slug), Component.class);
        assertThat(find(QueueList.class).exists()).isFalse();
        assertThat(text(com.vaadin.flow.component.UI.getCurrent().getCurrentView()))
                .doesNotContain("Night buses");
    }

    @Test
    void the_audit_log_filters_by_action_and_offers_the_csv() {
        as(
                lead.id(),
                Role.MEMBER,
                () -> contentModeration.apply(ThreadModeration.TYPE, thread, ModerationAction.PIN, null));
        logInAs(people.account(Role.ADMIN).email());
        browserTimeZone("America/New_York");
        navigate(AuditLogView.class);

        @SuppressWarnings("unchecked")
        ComboBox<String> action = find(ComboBox.class).id("audit-action");
        test(action).selectItem(t("audit.action.thread.pin"));
        @SuppressWarnings("unchecked")
        var grid = test((Grid<AuditEntryItem>) find(Grid.class).id("audit-entries"), AuditEntryItem.class);

        assertThat(grid.size()).isPositive();
        assertThat(IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).action()))
                .containsOnly("thread.pin");
        assertThat(grid.getRow(0).targetId()).isEqualTo(thread);
        assertThat(grid.getCellText(0, 3)).isEqualTo(t("audit.target.thread", "Night buses"));
        // in the viewer's zone, named
        assertThat(grid.getCellText(0, 0))
                .isEqualTo(Times.moment(grid.getRow(0).at(), ZoneId.of("America/New_York"), Locale.ENGLISH))
                .contains("(Eastern ");
        assertThat(find(Anchor.class).id(AuditLogView.EXPORT_ID).getHref()).isNotBlank();
    }

    private void report(ReportReason reason, String text) {
        test(find(Button.class).withAttribute(ACTION, ReportButton.ACTION).single())
                .click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReportReason> reasons = find(RadioButtonGroup.class).id(ReportDialog.REASON_ID);
        reasons.setValue(reason);
        test(find(TextArea.class).id(ReportDialog.TEXT_ID)).setValue(text);
        test(find(Button.class).withAttribute(ACTION, ReportDialog.SEND_ACTION).single())
                .click();
    }

    private Person person() {
        var email = "mv-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var organisation = people.organisation();
        var id = as(
                0,
                Role.ADMIN,
                () -> members.registerActive(
                        new NewPerson(organisation, email, "Mona " + email, null, Role.MEMBER, Locale.ENGLISH),
                        TestPeople.PASSWORD));
        return new Person(id, email);
    }
}
