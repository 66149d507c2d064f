package eu.praxis.discussion.ui;

import static eu.praxis.TestLogins.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.IntegrationTest;
import eu.praxis.ViewTestSupport;
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
import eu.praxis.organisation.OrganisationFilter;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * The group page's discussions, the thread page and its reply form, with people and a group of the
 * test's own: Alice is an active member, Otto is not.
 */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@WithAnonymousUser
class DiscussionViewsTest extends ViewTestSupport {

    private static final String ACTION = "data-action";

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
    OrganisationService organisations;

    record Person(long id, String email) {}

    Person alice;
    Person otto;
    String slug;
    long groupId;

    @BeforeEach
    void createGroupAndPeople() {
        alice = person();
        otto = person();
        slug = as(
                0,
                Role.ADMIN,
                () -> groupAdministration.create(new NewGroup(
                        "Discussions " + UUID.randomUUID(), "A group for view tests.", JoinPolicy.OPEN, false)));
        groupId = as(0, Role.ADMIN, () -> groups.get(slug).id());
        as(alice.id(), Role.MEMBER, () -> groupMembership.join(groupId));
    }

    @Test
    void a_member_starts_a_thread_from_the_group_page() {
        logInAs(alice.email());
        navigate("groups/" + slug, Component.class);

        test(button("new-thread")).click();
        var dialog = find(PostDialog.class).single();
        test(find(TextField.class).from(dialog).single()).setValue("Night mediators");
        test(find(TextArea.class).from(dialog).single()).setValue("Who **funds** them?");
        test(button("save-post")).click();

        var view = currentView();
        assertThat(view).isInstanceOf(ThreadView.class);
        assertThat(text(view)).contains("Night mediators");
        assertThat(bodies()).singleElement().asString().contains("<strong>funds</strong>");
        assertThat(discussions.newestThreadsOfGroup(groupId, 5))
                .singleElement()
                .satisfies(t -> assertThat(t.title()).isEqualTo("Night mediators"));
    }

    @Test
    void a_reply_shows_rendered_and_a_script_shows_as_text() {
        var threadId = as(alice.id(), Role.MEMBER, () -> posting.startThread(groupId, "Scripts", "Hello."));
        logInAs(alice.email());
        navigate(ThreadView.class, Map.of(ThreadView.ID, Long.toString(threadId)));

        reply("This is **bold**.");
        reply("<script>alert('x')</script>");

        assertThat(notifications()).contains(t("discussion.replied"));
        var bodies = bodies();
        assertThat(bodies).hasSize(3);
        assertThat(bodies.get(1)).contains("<strong>bold</strong>");
        assertThat(bodies.get(2)).contains("&lt;script&gt;").doesNotContain("<script");
    }

    @Test
    void post_dates_are_in_the_viewers_time_zone_and_name_it() {
        var threadId = as(alice.id(), Role.MEMBER, () -> posting.startThread(groupId, "Zones", "Hello."));
        logInAs(alice.email());
        browserTimeZone("Asia/Tokyo");
        navigate(ThreadView.class, Map.of(ThreadView.ID, Long.toString(threadId)));

        var header = text(find(Component.class).withClassName("post-header").first());
        // Tokyo keeps no summer time, so its name does not depend on the day the test runs
        assertThat(header).contains("(Japan Standard Time)");
    }

    @Test
    void the_group_page_shows_the_newest_threads_and_a_non_member_neither_reads_nor_starts_them() {
        as(alice.id(), Role.MEMBER, () -> posting.startThread(groupId, "Budget 2026", "Numbers."));
        logInAs(alice.email());
        navigate("groups/" + slug, Component.class);
        assertThat(text(find(Component.class).id("discussions"))).contains("Budget 2026");

        logInAs(otto.email());
        navigate("groups/" + slug, Component.class);

        assertThat(find(Button.class).withAttribute(ACTION, "new-thread").exists())
                .isFalse();
        assertThat(text(currentView())).doesNotContain("Budget 2026");
    }

    @Test
    void a_locked_thread_says_so_and_has_no_reply_form() {
        var threadId = as(alice.id(), Role.MEMBER, () -> posting.startThread(groupId, "Closed", "Done."));
        as(0, Role.ADMIN, () -> contentModeration.apply(ThreadModeration.TYPE, threadId, ModerationAction.LOCK, null));
        logInAs(alice.email());

        navigate(ThreadView.class, Map.of(ThreadView.ID, Long.toString(threadId)));

        assertThat(text(find(Component.class).id("thread-locked"))).isEqualTo(t("discussion.thread.locked"));
        assertThat(find(ReplyForm.class).exists()).isFalse();
    }

    @Test
    void the_author_edits_a_reply_and_it_is_marked_edited() {
        var threadId = as(alice.id(), Role.MEMBER, () -> posting.startThread(groupId, "Typos", "Hello."));
        as(alice.id(), Role.MEMBER, () -> posting.reply(threadId, "Frist"));
        logInAs(alice.email());
        navigate(ThreadView.class, Map.of(ThreadView.ID, Long.toString(threadId)));

        var reply = find(PostCard.class).all().get(1);
        test(find(Button.class).from(reply).withAttribute(ACTION, "edit-post").single())
                .click();
        var dialog = find(PostDialog.class).single();
        test(find(TextArea.class).from(dialog).single()).setValue("First");
        test(button("save-post")).click();

        var edited = find(PostCard.class).all().get(1);
        assertThat(text(edited)).contains(t("discussion.post.edited"));
        assertThat(bodies().get(1)).contains("First").doesNotContain("Frist");
    }

    @Test
    void a_thread_of_a_group_one_may_not_read_is_not_found() {
        var threadId = as(alice.id(), Role.MEMBER, () -> posting.startThread(groupId, "Secret", "Internal."));
        logInAs(otto.email());

        var page = navigate("threads/" + threadId, Component.class);

        assertThat(text(page)).contains(t("error.not-found")).doesNotContain("Secret");
    }

    @Test
    void the_lead_pins_her_own_announcement_from_its_menu_which_offers_no_hiding() {
        var lead = person();
        as(0, Role.ADMIN, () -> groupAdministration.appointLead(groupId, lead.id()));
        var threadId = as(lead.id(), Role.MEMBER, () -> posting.startThread(groupId, "Announcement", "May."));
        logInAs(lead.email());
        navigate(ThreadView.class, Map.of(ThreadView.ID, Long.toString(threadId)));

        var menuBar = find(MenuBar.class).withAttribute("data-moderation").single();
        assertThat(menuBar.getItems().getFirst().getSubMenu().getItems())
                .extracting(item -> item.getText())
                .containsExactly(t("content.moderate.lock"), t("content.moderate.pin"));
        new MenuBarTester<>(menuBar).clickItem(t("common.moderation.menu"), t("content.moderate.pin"));

        assertThat(notifications()).contains(t("content.moderate.done"));
        assertThat(text(currentView())).contains(t("discussion.pinned"));
    }

    @Test
    void the_lead_moderates_from_a_menu_that_members_do_not_have() {
        var lead = person();
        as(0, Role.ADMIN, () -> groupAdministration.appointLead(groupId, lead.id()));
        var threadId = as(alice.id(), Role.MEMBER, () -> posting.startThread(groupId, "Offers", "Cheap stuff."));
        as(otto.id(), Role.MEMBER, () -> groupMembership.join(groupId));
        as(otto.id(), Role.MEMBER, () -> posting.reply(threadId, "Interested."));

        logInAs(otto.email());
        navigate(ThreadView.class, Map.of(ThreadView.ID, Long.toString(threadId)));
        assertThat(find(MenuBar.class).withAttribute("data-moderation").exists())
                .as("a member")
                .isFalse();

        logInAs(lead.email());
        navigate(ThreadView.class, Map.of(ThreadView.ID, Long.toString(threadId)));
        var menus = find(MenuBar.class).withAttribute("data-moderation").all();
        assertThat(menus).as("the thread's and the reply's").hasSize(2);

        new MenuBarTester<>(menus.getFirst()).clickItem(t("common.moderation.menu"), t("content.moderate.hide"));
        var dialog = find(ReasonDialog.class).single();
        test(button(ReasonDialog.CONFIRM_ACTION)).click();
        assertThat(notifications()).contains(t("error.moderation.reason", 500));
        assertThat(dialog.isOpened()).as("kept open, with what was typed").isTrue();
        test(find(TextArea.class).from(dialog).single()).setValue("Advertising.");
        test(button(ReasonDialog.CONFIRM_ACTION)).click();

        assertThat(text(currentView()))
                .contains(t("common.moderation.hidden"), t("common.moderation.hidden-reason", "Advertising."));
        logInAs(alice.email());
        navigate(ThreadView.class, Map.of(ThreadView.ID, Long.toString(threadId)));
        assertThat(text(currentView()))
                .as("the author sees why")
                .contains(t("common.moderation.hidden-reason", "Advertising."));
        logInAs(otto.email());
        assertThat(text(navigate("threads/" + threadId, Component.class)))
                .contains(t("error.not-found"))
                .doesNotContain("Cheap stuff");
    }

    private void reply(String markdown) {
        var form = find(ReplyForm.class).single();
        test(find(TextArea.class).from(form).single()).setValue(markdown);
        test(find(Button.class).from(form).withAttribute(ACTION, "reply").single())
                .click();
    }

    /** The rendered bodies of the posts shown, in order. */
    private List<String> bodies() {
        return find(PostCard.class).all().stream()
                .flatMap(card -> find(Html.class).from(card).all().stream())
                .map(html -> html.getElement().getProperty("innerHTML", ""))
                .toList();
    }

    private Button button(String action) {
        return find(Button.class).withAttribute(ACTION, action).single();
    }

    private Person person() {
        var email = "dv-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var id = as(0, Role.ADMIN, () -> {
            var organisation = organisations
                    .find(OrganisationFilter.any(), PageRequest.of(0, 1))
                    .getContent()
                    .getFirst()
                    .id();
            return members.registerActive(
                    new NewPerson(organisation, email, "Dora " + email, null, Role.MEMBER, Locale.ENGLISH),
                    "test-password-1");
        });
        return new Person(id, email);
    }
}
