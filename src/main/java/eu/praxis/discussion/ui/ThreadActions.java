package eu.praxis.discussion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.content.ContentModeration;
import eu.praxis.content.ModerationAction;
import eu.praxis.content.ui.ModerationMenu;
import eu.praxis.content.ui.PostActions;
import eu.praxis.discussion.DiscussionPosting;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.discussion.Post;
import eu.praxis.discussion.PostRevisionItem;
import eu.praxis.discussion.ReplyModeration;
import eu.praxis.discussion.ThreadDetails;
import eu.praxis.discussion.ThreadModeration;
import eu.praxis.group.GroupListItem;
import eu.praxis.group.ui.GroupNavigation;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a viewer can do to the posts of a thread page or a practice's discussion: edit their own, and the
 * "Moderate" menus, built from the capability flags of the read model ({@link ThreadDetails#moderation},
 * {@link Post#moderation}) with the actions every content type shares ({@link ModerationMenu#actions}) and those
 * of discussions (edit with a reason, move, earlier versions). The services check every action again.
 */
@org.springframework.stereotype.Component
class ThreadActions {

    private final DiscussionReading discussions;
    private final DiscussionPosting posting;
    private final ThreadModeration threadModeration;
    private final ContentModeration moderation;

    ThreadActions(
            DiscussionReading discussions,
            DiscussionPosting posting,
            ThreadModeration threadModeration,
            ContentModeration moderation) {
        this.discussions = discussions;
        this.posting = posting;
        this.threadModeration = threadModeration;
        this.moderation = moderation;
    }

    /** The replies, oldest first, each with "Edit" for its author and "Moderate" for moderators. */
    Div replies(Component context, ThreadDetails details, List<PostActions> postActions, Runnable refresh) {
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
                    ReplyModeration.TYPE,
                    () -> editReply(context, reply, false, refresh),
                    replyMenu(context, reply, refresh),
                    postActions));
        }
        return section;
    }

    /**
     * The thread's "Moderate" menu, or null if the viewer has nothing in it. After a delete the viewer goes back to
     * the group: only the secretariat still sees a deleted thread.
     */
    @Nullable
    ModerationMenu threadMenu(Component context, ThreadDetails details, Runnable refresh) {
        if (details.moderation().isEmpty() && !details.mayModerate()) {
            return null;
        }
        var id = details.id();
        var menu = new ModerationMenu()
                .actions(
                        moderation,
                        ThreadModeration.TYPE,
                        id,
                        details.moderation(),
                        action -> action == ModerationAction.DELETE
                                ? () -> UI.getCurrent()
                                        .navigate(GroupNavigation.path(Objects.requireNonNull(details.groupSlug())))
                                : refresh);
        if (details.mayModerate()) {
            menu.item(
                    "discussion.moderate.edit",
                    () -> new PostDialog(
                                    discussions,
                                    context.getTranslation("discussion.moderate.edit"),
                                    context.getTranslation("common.save"),
                                    details.title(),
                                    details.opening().markdown(),
                                    true,
                                    (title, body, reason) -> {
                                        posting.editThread(id, title, body, reason);
                                        return true;
                                    },
                                    done -> saved(context, refresh))
                            .open());
            if (details.opening().edited()) {
                menu.item("discussion.moderate.history", () -> historyDialog(context, discussions.threadHistory(id)));
            }
        }
        if (details.mayMove()) {
            menu.item("discussion.moderate.move", () -> moveDialog(context, details, refresh));
        }
        return menu;
    }

    /** The author changes the title and first post of their thread. */
    void editOpening(Component context, ThreadDetails details, Runnable refresh) {
        new PostDialog(
                        discussions,
                        context.getTranslation("discussion.post.edit.title"),
                        context.getTranslation("common.save"),
                        details.title(),
                        details.opening().markdown(),
                        false,
                        (title, body, reason) -> {
                            posting.editThread(details.id(), title, body, null);
                            return true;
                        },
                        done -> saved(context, refresh))
                .open();
    }

    private @Nullable ModerationMenu replyMenu(Component context, Post reply, Runnable refresh) {
        if (reply.moderation().isEmpty() && !reply.mayModerate()) {
            return null;
        }
        var menu = new ModerationMenu()
                .actions(moderation, ReplyModeration.TYPE, reply.id(), reply.moderation(), action -> refresh);
        if (reply.mayModerate()) {
            menu.item("discussion.moderate.edit", () -> editReply(context, reply, true, refresh));
            if (reply.edited()) {
                menu.item(
                        "discussion.moderate.history",
                        () -> historyDialog(context, discussions.replyHistory(reply.id())));
            }
        }
        return menu;
    }

    /** @param asModerator whether a moderator edits someone else's reply (and gives a reason) */
    private void editReply(Component context, Post reply, boolean asModerator, Runnable refresh) {
        new PostDialog(
                        discussions,
                        context.getTranslation(asModerator ? "discussion.moderate.edit" : "discussion.post.edit.title"),
                        context.getTranslation("common.save"),
                        null,
                        reply.markdown(),
                        asModerator,
                        (title, body, reason) -> {
                            posting.editReply(reply.id(), body, asModerator ? reason : null);
                            return true;
                        },
                        done -> saved(context, refresh))
                .open();
    }

    /** The groups the viewer may move the thread to. */
    private void moveDialog(Component context, ThreadDetails details, Runnable refresh) {
        var dialog = new Dialog(context.getTranslation("discussion.moderate.move"));
        var target = new ComboBox<GroupListItem>(context.getTranslation("discussion.moderate.move.group"));
        target.setItems(threadModeration.moveTargets(details.id()));
        target.setItemLabelGenerator(GroupListItem::name);
        target.setWidthFull();
        dialog.add(target);
        var move = new Button(context.getTranslation("discussion.moderate.move"), e -> {
            var chosen = target.getValue();
            if (chosen != null) {
                Actions.perform(
                        context,
                        () -> threadModeration.move(details.id(), chosen.id(), null),
                        () -> {
                            dialog.close();
                            refresh.run();
                        },
                        "discussion.moderate.moved",
                        chosen.name());
            }
        });
        move.addThemeVariants(ButtonVariant.PRIMARY);
        move.getElement().setAttribute("data-action", "move-thread");
        dialog.getFooter().add(new Button(context.getTranslation("common.cancel"), e -> dialog.close()), move);
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

    private static void saved(Component context, Runnable refresh) {
        Toasts.success(context, "discussion.post.saved");
        refresh.run();
    }
}
