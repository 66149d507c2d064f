package eu.praxis.discussion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.content.ui.ModerationMenu;
import eu.praxis.content.ui.PostActions;
import eu.praxis.discussion.DiscussionPosting;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.discussion.ThreadDetails;
import eu.praxis.discussion.ThreadModeration;
import eu.praxis.group.ui.GroupNavigation;
import eu.praxis.practice.ui.PracticeNavigation;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A thread: where it belongs, its first post (a practice's thread has none: the practice is what is
 * discussed), the replies, and the reply form for those who may reply, or why the thread takes none.
 * Moderators get a "Moderate" menu on the thread and on each reply of someone else. A thread the viewer
 * may not read is "not found", as the service answers.
 */
@Route("threads/:" + ThreadView.ID)
@PermitAll
class ThreadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final DiscussionReading discussions;
    private final DiscussionPosting posting;
    private final ThreadActions actions;
    private final List<PostActions> postActions;
    private @Nullable ThreadDetails thread;

    ThreadView(
            DiscussionReading discussions,
            DiscussionPosting posting,
            ThreadActions actions,
            List<PostActions> postActions) {
        this.discussions = discussions;
        this.posting = posting;
        this.actions = actions;
        this.postActions = postActions;
        addClassName("view");
    }

    static RouteParameters parameters(long threadId) {
        return new RouteParameters(ID, Long.toString(threadId));
    }

    static RouterLink linkTo(long threadId, String title) {
        return new RouterLink(title, ThreadView.class, parameters(threadId));
    }

    /** The labels of a thread in lists and on its page; hidden and deleted only reach those who still see it. */
    static void badges(HasComponents target, boolean pinned, boolean locked, boolean hidden, boolean deleted) {
        var context = (Component) target;
        if (pinned) {
            target.add(badge(context, "discussion.pinned", "group-badge-primary"));
        }
        if (locked) {
            target.add(badge(context, "discussion.locked", "group-badge-contrast"));
        }
        if (hidden) {
            target.add(ModerationMenu.badge(context, "common.moderation.hidden"));
        }
        if (deleted) {
            target.add(ModerationMenu.badge(context, "common.moderation.deleted"));
        }
    }

    private static Span badge(Component context, String key, String variant) {
        var badge = new Span(context.getTranslation(key));
        badge.addClassNames("group-badge", variant);
        return badge;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.require(event.getRouteParameters(), ID);
        show(discussions.thread(id));
    }

    private void refresh() {
        if (thread != null) {
            show(discussions.thread(thread.id()));
        }
    }

    private void show(ThreadDetails details) {
        thread = details;
        removeAll();
        var menu = actions.threadMenu(this, details, this::refresh);
        add(menu != null ? new ViewToolbar(details.title(), menu) : new ViewToolbar(details.title()));
        var place = new Div(new Span(getTranslation("discussion.thread.in")), placeLink(details));
        place.addClassName("thread-place");
        badges(place, details.pinned(), details.locked(), details.hidden(), details.deleted());
        add(place);
        if (!details.ofPractice()) {
            add(new PostCard(
                    details.opening(),
                    ThreadModeration.TYPE,
                    () -> actions.editOpening(this, details, this::refresh),
                    null,
                    postActions));
        }
        add(
                new H2(getTranslation("discussion.thread.replies")),
                actions.replies(this, details, postActions, this::refresh));
        if (details.locked()) {
            var locked = new Paragraph(getTranslation("discussion.thread.locked"));
            locked.addClassName("thread-locked");
            locked.setId("thread-locked");
            add(locked);
        } else if (details.mayReply()) {
            add(new ReplyForm(
                    discussions,
                    discussions.mentionable(details.id()),
                    text -> posting.reply(details.id(), text),
                    this::refresh));
        }
    }

    private static Component placeLink(ThreadDetails details) {
        if (details.ofPractice()) {
            return PracticeNavigation.linkTo(
                    Objects.requireNonNull(details.practiceId()),
                    Objects.requireNonNull(details.practiceSlug()),
                    details.placeName());
        }
        return GroupNavigation.linkTo(Objects.requireNonNull(details.groupSlug()), details.placeName());
    }

    @Override
    public String getPageTitle() {
        return thread != null ? thread.title() : "";
    }
}
