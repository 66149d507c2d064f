package eu.praxis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import eu.praxis.base.UserFacingException;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/** How views call a service: say what happened, or why the service refused; ask first where it matters. */
public final class Actions {

    private Actions() {}

    /**
     * Calls a service; if it refuses, shows the reason and returns empty, so that a form keeps what the
     * user typed.
     */
    public static <T> Optional<T> attempt(Component source, Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (UserFacingException e) {
            Toasts.refused(source, e);
            return Optional.empty();
        }
    }

    /** Calls a service, then confirms it with the message {@code successKey} and reloads the view's data. */
    public static void perform(
            Component source, Runnable call, Runnable refresh, String successKey, Object... arguments) {
        attempt(source, () -> {
                    call.run();
                    return true;
                })
                .ifPresent(done -> {
                    Toasts.success(source, successKey, arguments);
                    refresh.run();
                });
    }

    /** Asks before an action that is not easily undone; {@code action} runs only on confirmation. */
    public static void confirm(Component source, String header, String text, String confirmText, Runnable action) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(source.getTranslation("common.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }

    /**
     * The footer of an editor dialog: Cancel, and Save, which calls the service; once it has saved, the dialog closes,
     * confirms with {@code successKey} and hands on the id of what was saved. A refusal is shown and the dialog stays
     * open with what was typed.
     *
     * @param dataAction the save button's {@code data-action}, for tests
     */
    public static void saveFooter(
            Dialog dialog, Supplier<Long> save, String successKey, LongConsumer saved, String dataAction) {
        var button = new Button(
                dialog.getTranslation("common.save"),
                e -> attempt(dialog, save).ifPresent(id -> {
                    dialog.close();
                    Toasts.success(dialog, successKey);
                    saved.accept(id);
                }));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.getElement().setAttribute("data-action", dataAction);
        dialog.getFooter().add(new Button(dialog.getTranslation("common.cancel"), e -> dialog.close()), button);
    }
}
