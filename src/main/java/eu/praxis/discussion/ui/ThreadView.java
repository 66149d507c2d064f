package eu.praxis.discussion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.content.ui.ModerationMenu;
import eu.praxis.content.ui.PostActions;
import eu.praxis.content.ui.ReasonDialog;
import eu.praxis.discussion.DiscussionService;
import eu.praxis.discussion.Post;
import eu.praxis.discussion.PostRevisionItem;
import eu.praxis.discussion.ThreadDetails;
import eu.praxis.group.GroupListItem;
import eu.praxis.group.ui.GroupNavigation;
import eu.praxis.practice.ui.PracticeNavigation;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
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

    private final DiscussionService discussions;
    private final List<PostActions> postActions;
    private @Nullable ThreadDetails thread;

    ThreadView(DiscussionService discussions, List<PostActions> postActions) {
        this.discussions = discussions;
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
        add(
                details.mayPinAndLock() || details.mayModerate()
                        ? new ViewToolbar(details.title(), threadMenu(details))
                        : new ViewToolbar(details.title()));
        var place = new Div(new Span(getTranslation("discussion.thread.in")), placeLink(details));
        place.addClassName("thread-place");
        badges(place, details.pinned(), details.locked(), details.hidden(), details.deleted());
        add(place);
        if (!details.ofPractice()) {
            add(new PostCard(details.opening(), "thread", () -> editOpening(details), null, postActions));
        }
        add(
                new H2(getTranslation("discussion.thread.replies")),
                replies(this, details, discussions, postActions, this::refresh));
        if (details.locked()) {
            var locked = new Paragraph(getTranslation("discussion.thread.locked"));
            locked.addClassName("thread-locked");
            locked.setId("thread-locked");
            add(locked);
        } else if (details.mayReply()) {
            add(new ReplyForm(
                    discussions,
                    discussions.mentionable(details.id()),
                    text -> discussions.reply(details.id(), text),
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

    /** The replies, oldest first, each with "Edit" for its author and "Moderate" for moderators; shared with a practice's page. */
    static Div replies(
            Component context,
            ThreadDetails details,
            DiscussionService discussions,
            List<PostActions> postActions,
            Runnable refresh) {
        var section = new Div();
        section.addClassName("thread-replies");
        if (details.replies().isEmpty()) {
            var none = new Paragraph(context.getTranslation("discussion.thread.no-replies"));
            none.addClassName("muted");
            section.add(none);
        }
        for (var reply : details.replies()) {
            section.add(new PostCard(
                    reply,
                    "reply",
                    () -> editReply(context, discussions, reply, false, refresh),
                    reply.mayModerate() || reply.mayUndelete() ? replyMenu(context, discussions, reply, refresh) : null,
                    postActions));
        }
        return section;
    }

    /** Pin and lock also on one's own thread (a lead's announcement); the rest on others' threads only. */
    private ModerationMenu threadMenu(ThreadDetails details) {
        var menu = new ModerationMenu();
        if (details.mayPinAndLock()) {
            pinAndLock(menu, details);
        }
        if (details.mayModerate()) {
            moderate(menu, details);
        }
        return menu;
    }

    private void pinAndLock(ModerationMenu menu, ThreadDetails details) {
        var id = details.id();
        menu.item(
                details.pinned() ? "discussion.moderate.unpin" : "discussion.moderate.pin",
                () -> Actions.perform(
                        this,
                        () -> {
                            if (details.pinned()) {
                                discussions.unpinThread(id);
                            } else {
                                discussions.pinThread(id);
                            }
                        },
                        this::refresh,
                        "discussion.moderate.done"));
        menu.item(
                details.locked() ? "discussion.moderate.unlock" : "discussion.moderate.lock",
                () -> Actions.perform(
                        this,
                        () -> {
                            if (details.locked()) {
                                discussions.unlockThread(id);
                            } else {
                                discussions.lockThread(id);
                            }
                        },
                        this::refresh,
                        "discussion.moderate.done"));
    }

    private void moderate(ModerationMenu menu, ThreadDetails details) {
        var id = details.id();
        if (details.hidden()) {
            menu.item(
                    "discussion.moderate.restore",
                    () -> Actions.perform(
                            this, () -> discussions.restoreThread(id), this::refresh, "discussion.moderate.done"));
        } else {
            menu.item(
                    "discussion.moderate.hide",
                    () -> reasonDialog(
                            this,
                            "discussion.moderate.hide",
                            true,
                            reason -> discussions.hideThread(id, reason),
                            this::refresh));
        }
        menu.item(
                "discussion.moderate.edit",
                () -> new PostDialog(
                                discussions,
                                getTranslation("discussion.moderate.edit"),
                                getTranslation("common.save"),
                                details.title(),
                                details.opening().markdown(),
                                true,
                                (title, body, reason) -> {
                                    discussions.editThread(id, title, body, reason);
                                    return true;
                                },
                                done -> saved(this, this::refresh))
                        .open());
        if (details.mayMove()) {
            menu.item("discussion.moderate.move", () -> moveDialog(details));
        }
        if (details.opening().edited()) {
            menu.item("discussion.moderate.history", () -> historyDialog(this, discussions.threadHistory(id)));
        }
        if (!details.deleted()) {
            // only admins see a deleted thread: back to the group, where it is gone (or marked)
            menu.item(
                    "discussion.moderate.delete",
                    () -> reasonDialog(
                            this,
                            "discussion.moderate.delete",
                            false,
                            reason -> discussions.deleteThread(id, reason),
                            () -> UI.getCurrent()
                                    .navigate(GroupNavigation.path(Objects.requireNonNull(details.groupSlug())))));
        } else if (details.opening().mayUndelete()) {
            menu.item(
                    "discussion.moderate.undelete",
                    () -> Actions.perform(
                            this, () -> discussions.undeleteThread(id), this::refresh, "discussion.moderate.done"));
        }
    }

    private static ModerationMenu replyMenu(
            Component context, DiscussionService discussions, Post reply, Runnable refresh) {
        var id = reply.id();
        var menu = new ModerationMenu();
        if (reply.mayModerate()) {
            if (reply.hidden()) {
                menu.item(
                        "discussion.moderate.restore",
                        () -> Actions.perform(
                                context, () -> discussions.restoreReply(id), refresh, "discussion.moderate.done"));
            } else {
                menu.item(
                        "discussion.moderate.hide",
                        () -> reasonDialog(
                                context,
                                "discussion.moderate.hide",
                                true,
                                reason -> discussions.hideReply(id, reason),
                                refresh));
            }
            menu.item("discussion.moderate.edit", () -> editReply(context, discussions, reply, true, refresh));
            if (reply.edited()) {
                menu.item("discussion.moderate.history", () -> historyDialog(context, discussions.replyHistory(id)));
            }
        }
        if (!reply.deleted()) {
            menu.item(
                    "discussion.moderate.delete",
                    () -> reasonDialog(
                            context,
                            "discussion.moderate.delete",
                            false,
                            reason -> discussions.deleteReply(id, reason),
                            refresh));
        } else if (reply.mayUndelete()) {
            menu.item(
                    "discussion.moderate.undelete",
                    () -> Actions.perform(
                            context, () -> discussions.undeleteReply(id), refresh, "discussion.moderate.done"));
        }
        return menu;
    }

    private static void reasonDialog(
            Component context, String actionKey, boolean required, Consumer<String> action, Runnable refresh) {
        new ReasonDialog(
                        context.getTranslation(actionKey),
                        context.getTranslation(
                                required ? "discussion.moderate.reason" : "discussion.moderate.reason-optional"),
                        context.getTranslation(actionKey),
                        required,
                        action,
                        refresh,
                        "discussion.moderate.done")
                .open();
    }

    /** The groups the viewer may move the thread to, and a reason for its readers. */
    private void moveDialog(ThreadDetails details) {
        var dialog = new Dialog(getTranslation("discussion.moderate.move"));
        var target = new ComboBox<GroupListItem>(getTranslation("discussion.moderate.move.group"));
        target.setItems(discussions.moveTargets(details.id()));
        target.setItemLabelGenerator(GroupListItem::name);
        target.setWidthFull();
        dialog.add(target);
        var move = new Button(getTranslation("discussion.moderate.move"), e -> {
            var chosen = target.getValue();
            if (chosen != null) {
                Actions.perform(
                        this,
                        () -> discussions.moveThread(details.id(), chosen.id(), null),
                        () -> {
                            dialog.close();
                            refresh();
                        },
                        "discussion.moderate.moved",
                        chosen.name());
            }
        });
        move.addThemeVariants(ButtonVariant.PRIMARY);
        move.getElement().setAttribute("data-action", "move-thread");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), move);
        dialog.open();
    }

    /** Earlier texts of a post, newest first, with who edited and why. */
    private static void historyDialog(Component context, List<PostRevisionItem> revisions) {
        var dialog = new Dialog(context.getTranslation("discussion.moderate.history"));
        dialog.setWidth("min(48rem, 95vw)");
        for (var revision : revisions) {
            dialog.add(new H3(context.getTranslation(
                    "discussion.history.entry", ViewerTime.moment(revision.editedAt()), revision.editorName())));
            if (revision.reason() != null) {
                dialog.add(new Paragraph(context.getTranslation("discussion.history.reason", revision.reason())));
            }
            var text = new Paragraph((revision.title() == null ? "" : revision.title() + "\n\n") + revision.markdown());
            text.addClassName("pre-line");
            dialog.add(text);
        }
        dialog.getFooter().add(new Button(context.getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    private void editOpening(ThreadDetails details) {
        new PostDialog(
                        discussions,
                        getTranslation("discussion.post.edit.title"),
                        getTranslation("common.save"),
                        details.title(),
                        details.opening().markdown(),
                        false,
                        (title, body, reason) -> {
                            discussions.editThread(details.id(), title, body);
                            return true;
                        },
                        done -> saved(this, this::refresh))
                .open();
    }

    /** @param asModerator whether a moderator edits someone else's reply (and gives a reason) */
    private static void editReply(
            Component context, DiscussionService discussions, Post reply, boolean asModerator, Runnable refresh) {
        new PostDialog(
                        discussions,
                        context.getTranslation(asModerator ? "discussion.moderate.edit" : "discussion.post.edit.title"),
                        context.getTranslation("common.save"),
                        null,
                        reply.markdown(),
                        asModerator,
                        (title, body, reason) -> {
                            discussions.editReply(reply.id(), body, asModerator ? reason : null);
                            return true;
                        },
                        done -> saved(context, refresh))
                .open();
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
