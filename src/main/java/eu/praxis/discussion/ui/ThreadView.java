package eu.praxis.discussion.ui;

import com.vaadin.flow.component.Component;
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
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.discussion.DiscussionService;
import eu.praxis.discussion.Post;
import eu.praxis.discussion.ThreadDetails;
import eu.praxis.group.ui.GroupNavigation;
import eu.praxis.practice.ui.PracticeNavigation;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A thread: where it belongs, its first post (a practice's thread has none: the practice is what is
 * discussed), the replies, and the reply form for those who may reply, or why the thread takes none.
 * A thread the viewer may not read is "not found", as the service answers.
 */
@Route("threads/:" + ThreadView.ID)
@PermitAll
class ThreadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final DiscussionService discussions;
    private @Nullable ThreadDetails thread;

    ThreadView(DiscussionService discussions) {
        this.discussions = discussions;
        addClassName("view");
    }

    static RouteParameters parameters(long threadId) {
        return new RouteParameters(ID, Long.toString(threadId));
    }

    static RouterLink linkTo(long threadId, String title) {
        return new RouterLink(title, ThreadView.class, parameters(threadId));
    }

    static Span lockedBadge(Component context) {
        var badge = new Span(context.getTranslation("discussion.locked"));
        badge.addClassNames("group-badge", "group-badge-contrast");
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
        add(new ViewToolbar(details.title()));
        var place = new Div(new Span(getTranslation("discussion.thread.in")), placeLink(details));
        place.addClassName("thread-place");
        if (details.locked()) {
            place.add(lockedBadge(this));
        }
        add(place);
        if (!details.ofPractice()) {
            add(new PostCard(details.opening(), () -> editOpening(details)));
        }
        add(new H2(getTranslation("discussion.thread.replies")), replies(this, details, discussions, this::refresh));
        if (details.locked()) {
            var locked = new Paragraph(getTranslation("discussion.thread.locked"));
            locked.addClassName("thread-locked");
            locked.setId("thread-locked");
            add(locked);
        } else if (details.mayReply()) {
            add(new ReplyForm(discussions, discussions.mentionable(details.id()),
                    text -> discussions.reply(details.id(), text), this::refresh));
        }
    }

    private static Component placeLink(ThreadDetails details) {
        if (details.ofPractice()) {
            return PracticeNavigation.linkTo(Objects.requireNonNull(details.practiceId()),
                    Objects.requireNonNull(details.practiceSlug()), details.placeName());
        }
        return GroupNavigation.linkTo(Objects.requireNonNull(details.groupSlug()), details.placeName());
    }

    /** The replies, oldest first, each with "Edit" for its author; shared with a practice's page. */
    static Div replies(Component context, ThreadDetails details, DiscussionService discussions,
            Runnable refresh) {
        var section = new Div();
        section.addClassName("thread-replies");
        if (details.replies().isEmpty()) {
            var none = new Paragraph(context.getTranslation("discussion.thread.no-replies"));
            none.addClassName("muted");
            section.add(none);
        }
        for (var reply : details.replies()) {
            section.add(new PostCard(reply, () -> editReply(context, discussions, reply, refresh)));
        }
        return section;
    }

    private void editOpening(ThreadDetails details) {
        new PostDialog(discussions, getTranslation("discussion.post.edit.title"), getTranslation("common.save"),
                details.title(), details.opening().markdown(), (title, body) -> {
                    discussions.editThread(details.id(), title, body);
                    return true;
                }, done -> saved(this, this::refresh)).open();
    }

    private static void editReply(Component context, DiscussionService discussions, Post reply, Runnable refresh) {
        new PostDialog(discussions, context.getTranslation("discussion.post.edit.title"),
                context.getTranslation("common.save"), null, reply.markdown(), (title, body) -> {
                    discussions.editReply(reply.id(), body);
                    return true;
                }, done -> saved(context, refresh)).open();
    }

    private static void saved(Component context, Runnable refresh) {
        Toasts.success(context, "discussion.post.saved");
        refresh.run();
    }

    @Override
    public String getPageTitle() {
        return thread != null ? thread.title() : "";
    }
}
