package eu.praxis.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Toasts;
import eu.praxis.content.Moderation;
import java.util.function.Consumer;

/**
 * Asks for a reason (or a message to someone) before a moderation action. The action runs with the text;
 * the dialog closes only when the service accepted it, so a refusal is shown and the text stays. The
 * service checks the reason again (required, length).
 */
public final class ReasonDialog extends Dialog {

    /** Names the parts for tests and end-to-end tests, whatever the language. */
    public static final String FIELD_ID = "reason";

    public static final String CONFIRM_ACTION = "confirm-reason";

    /**
     * @param action calls the service with the text as typed
     * @param successKey the message shown once done, with {@code arguments}
     */
    public ReasonDialog(
            String header,
            String label,
            String confirmText,
            boolean required,
            Consumer<String> action,
            Runnable refresh,
            String successKey,
            Object... arguments) {
        setHeaderTitle(header);
        setWidth("min(32rem, 95vw)");
        var reason = new TextArea(label);
        reason.setId(FIELD_ID);
        reason.setMaxLength(Moderation.REASON_MAX);
        reason.setRequiredIndicatorVisible(required);
        reason.setWidthFull();
        add(reason);
        var confirm = new Button(
                confirmText,
                e -> Actions.attempt(this, () -> {
                            action.accept(reason.getValue());
                            return true;
                        })
                        .ifPresent(done -> {
                            close();
                            Toasts.success(this, successKey, arguments);
                            refresh.run();
                        }));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.getElement().setAttribute("data-action", CONFIRM_ACTION);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
