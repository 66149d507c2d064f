package eu.praxis.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.base.ui.Actions;
import eu.praxis.discussion.DiscussionService;
import eu.praxis.discussion.DiscussionThread;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Writing a new thread or editing a post: an optional title and the Markdown with preview. Closes
 * when the service accepted the text; a refusal is shown and the text stays.
 */
final class PostDialog extends Dialog {

    /**
     * @param title the title to start with, or null for a post without one (a reply)
     * @param save calls the service with the title ("" without one) and the text
     * @param saved what follows once saved, with the service's answer
     */
    <T> PostDialog(DiscussionService discussions, String header, String confirmText, @Nullable String title,
            String body, BiFunction<String, String, T> save, Consumer<T> saved) {
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
        var confirm = new Button(confirmText, e -> Actions.attempt(this,
                () -> save.apply(titleField.getValue(), editor.getValue())).ifPresent(result -> {
                    close();
                    saved.accept(result);
                }));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.getElement().setAttribute("data-action", "save-post");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
