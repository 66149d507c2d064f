package eu.praxis.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Toasts;
import eu.praxis.moderation.ModerationService;
import eu.praxis.moderation.Report;
import eu.praxis.moderation.ReportReason;
import eu.praxis.moderation.ReportedType;

/**
 * Asks why the content is reported (a reason, and a text, required for "other"). Closes only once the service
 * took the report, so that a refusal (already reported, text missing) is shown and nothing typed is lost.
 */
final class ReportDialog extends Dialog {

    static final String REASON_ID = "report-reason";
    static final String TEXT_ID = "report-text";
    static final String SEND_ACTION = "send-report";

    ReportDialog(ModerationService moderation, ReportedType type, long targetId) {
        setHeaderTitle(getTranslation("moderation.report.title." + type.key()));
        setWidth("min(32rem, 95vw)");
        var reason = new RadioButtonGroup<ReportReason>(getTranslation("moderation.report.reason"));
        reason.setId(REASON_ID);
        reason.setItems(ReportReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("moderation.reason." + r.key()));
        reason.setRequiredIndicatorVisible(true);
        var text = new TextArea(getTranslation("moderation.report.text"));
        text.setId(TEXT_ID);
        text.setMaxLength(Report.TEXT_MAX);
        text.setWidthFull();
        reason.addValueChangeListener(e -> text.setRequiredIndicatorVisible(e.getValue() == ReportReason.OTHER));
        add(reason, text);
        var send = new Button(
                getTranslation("moderation.report.send"),
                e -> Actions.attempt(this, () -> {
                            if (reason.getValue() == null) {
                                throw new UserFacingException("moderation.error.reason");
                            }
                            return moderation.report(type, targetId, reason.getValue(), text.getValue());
                        })
                        .ifPresent(id -> {
                            close();
                            Toasts.success(this, "moderation.report.sent");
                        }));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.getElement().setAttribute("data-action", SEND_ACTION);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), send);
    }
}
