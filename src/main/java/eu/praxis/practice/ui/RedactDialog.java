package eu.praxis.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Toasts;
import eu.praxis.content.Moderation;
import eu.praxis.practice.AttachmentItem;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.PracticeRedaction;
import eu.praxis.practice.RedactableField;
import java.util.ArrayList;
import java.util.List;

/**
 * "Redact…" on a practice's page, for its moderators ({@code PracticeDetails.mayRedact}): a passage of a field (typed
 * or pasted exactly as it is written), a whole field or an attachment, with a required reason. The dialog closes once
 * the service has redacted; a refusal (passage not found, no reason) is shown and what was typed stays.
 */
final class RedactDialog extends Dialog {

    /** What is removed. */
    enum Target {
        PASSAGE,
        FIELD,
        ATTACHMENT
    }

    RedactDialog(PracticeRedaction redaction, PracticeDetails practice, Runnable refresh) {
        setHeaderTitle(getTranslation("practice.redaction.title", practice.title()));
        setWidth("min(40rem, 95vw)");
        addClassName("practice-redaction");

        var targets = new ArrayList<>(List.of(Target.PASSAGE, Target.FIELD));
        if (!practice.attachments().isEmpty()) {
            targets.add(Target.ATTACHMENT);
        }
        var target = new RadioButtonGroup<Target>(getTranslation("practice.redaction.target"));
        target.setId("redact-target");
        target.setItems(targets);
        target.setItemLabelGenerator(t -> getTranslation("practice.redaction.target." + t.name()));
        target.setValue(Target.PASSAGE);

        var field = new Select<RedactableField>();
        field.setLabel(getTranslation("practice.redaction.field"));
        field.setId("redact-field");
        field.setItems(RedactableField.of(practice.type()));
        field.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        field.setValue(RedactableField.SUMMARY);

        var passage = new TextArea(getTranslation("practice.redaction.passage"));
        passage.setId("redact-passage");
        passage.setHelperText(getTranslation("practice.redaction.passage.help"));
        passage.setWidthFull();

        var attachment = new Select<AttachmentItem>();
        attachment.setLabel(getTranslation("practice.redaction.attachment"));
        attachment.setId("redact-attachment");
        attachment.setItems(practice.attachments());
        attachment.setItemLabelGenerator(AttachmentItem::fileName);
        if (!practice.attachments().isEmpty()) {
            attachment.setValue(practice.attachments().getFirst());
        }

        var reason = new TextArea(getTranslation("practice.redaction.reason"));
        reason.setId("redact-reason");
        reason.setHelperText(getTranslation("practice.redaction.reason.help"));
        reason.setMaxLength(Moderation.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();

        Runnable show = () -> {
            field.setVisible(target.getValue() != Target.ATTACHMENT);
            passage.setVisible(target.getValue() == Target.PASSAGE);
            attachment.setVisible(target.getValue() == Target.ATTACHMENT);
        };
        target.addValueChangeListener(e -> show.run());
        show.run();
        add(new Paragraph(getTranslation("practice.redaction.help")), target, field, passage, attachment, reason);

        var redact = new Button(
                getTranslation("practice.redaction.confirm"),
                e -> Actions.attempt(this, () -> switch (target.getValue()) {
                            case PASSAGE ->
                                redaction.redactPassage(
                                        practice.id(), field.getValue(), passage.getValue(), reason.getValue());
                            case FIELD -> redaction.redactField(practice.id(), field.getValue(), reason.getValue());
                            case ATTACHMENT ->
                                redaction.redactAttachment(attachment.getValue().id(), reason.getValue());
                        })
                        .ifPresent(revisions -> {
                            close();
                            Toasts.success(this, "practice.redaction.done", revisions);
                            refresh.run();
                        }));
        redact.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        redact.getElement().setAttribute("data-action", "redact");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), redact);
    }
}
