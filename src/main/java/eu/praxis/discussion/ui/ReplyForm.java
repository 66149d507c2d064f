package eu.praxis.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Toasts;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.member.PersonSummary;
import java.util.List;
import java.util.function.Function;

/**
 * The reply form under a thread or a practice: Markdown with preview, a helper that inserts a
 * mention of someone who can read the discussion, and "Reply". A refused reply keeps the text.
 */
final class ReplyForm extends Div {

    /**
     * @param send posts the text (the service validates it and may refuse)
     * @param sent called after a reply was posted, e.g. to show it
     */
    ReplyForm(
            DiscussionReading discussions,
            List<PersonSummary> mentionable,
            Function<String, Long> send,
            Runnable sent) {
        addClassName("reply-form");
        setId("reply-form");
        var editor = new MarkdownEditor(discussions, getTranslation("discussion.reply.label"));
        add(editor);
        if (!mentionable.isEmpty()) {
            add(mentionPicker(mentionable, editor));
        }
        var reply = new Button(
                getTranslation("discussion.reply.send"),
                e -> Actions.attempt(this, () -> send.apply(editor.getValue())).ifPresent(id -> {
                    editor.clear();
                    Toasts.success(this, "discussion.replied");
                    sent.run();
                }));
        reply.addThemeVariants(ButtonVariant.PRIMARY);
        reply.getElement().setAttribute("data-action", "reply");
        add(reply);
    }

    /** Choosing a person appends {@code @[Name](person:id)} to the text, then empties the box for the next one. */
    static ComboBox<PersonSummary> mentionPicker(List<PersonSummary> people, MarkdownEditor editor) {
        var picker = new ComboBox<PersonSummary>();
        picker.setLabel(picker.getTranslation("discussion.mention"));
        picker.setHelperText(picker.getTranslation("discussion.mention.help"));
        picker.setItems(people);
        picker.setItemLabelGenerator(p -> p.name() + " · " + p.organisationName());
        picker.setWidth("24rem");
        picker.addClassName("mention-picker");
        picker.addValueChangeListener(e -> {
            var person = e.getValue();
            if (person != null) {
                editor.append("@[" + person.name().replace("]", "") + "](person:" + person.id() + ")");
                picker.clear();
            }
        });
        return picker;
    }
}
