package eu.praxis.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before an action that is hard to undo or that mails someone. */
final class Confirmations {

    private Confirmations() {
    }

    static void ask(Component source, String title, String text, String confirmText, Runnable action) {
        var dialog = new ConfirmDialog(title, text, confirmText, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(source.getTranslation("common.cancel"));
        dialog.open();
    }
}
