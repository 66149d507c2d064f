package eu.praxis.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.base.ui.Actions;
import eu.praxis.content.Moderation;
import eu.praxis.content.ui.ReasonDialog;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.discussion.DiscussionThread;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Writing a new thread or editing a post: an optional title, the Markdown with preview and, for a
 * moderator's edit of someone else's post, the reason. Closes when the service accepted the text; a
 * refusal is shown and the text stays.
 */
final class PostDialog extends Dialog {

    /** Calls the service with the title ("" without one), the text and the reason ("" when not asked). */
    @FunctionalInterface
    interface Save<T> {
        T save(String title, String body, String reason);
    }

    /**
     * @param title the title to start with, or null for a post without one (a reply)
     * @param askReason whether to ask for a reason (a moderator editing someone else's post)
     * @param saved what follows once saved, with the service's answer
     */
    <T> PostDialog(
            DiscussionReading discussions,
            String header,
            String confirmText,
            @Nullable String title,
            String body,
            boolean askReason,
            Save<T> save,
            Consumer<T> saved) {
        setHeaderTitle(header);
        setWidth("min(48rem, 95vw)");
        var titleField = new TextField(getTranslation("discussion.new-thread.title"));
        titleField.setMaxLength(DiscussionThread.TITLE_MAX);
        titleField.setWidthFull();
        if (title != null) {
            titleField.setValue(title);
            add(titleField);
        }
        var editor = new MarkdownEditor(discussions, getTranslation("discussion.editor.text"));
        editor.setValue(body);
        add(editor);
        var reason = new TextField(getTranslation("discussion.moderate.reason"));
        reason.setId(ReasonDialog.FIELD_ID);
        reason.setMaxLength(Moderation.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        if (askReason) {
            add(reason);
        }
        var confirm = new Button(
                confirmText,
                e -> Actions.attempt(this, () -> save.save(titleField.getValue(), editor.getValue(), reason.getValue()))
                        .ifPresent(result -> {
                            close();
                            saved.accept(result);
                        }));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.getElement().setAttribute("data-action", "save-post");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
