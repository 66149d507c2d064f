package eu.praxis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import eu.praxis.base.UserFacingException;

/** Short messages after an action: what happened, or why it did not. */
public final class Toasts {

    private Toasts() {}

    public static void success(Component source, String messageKey, Object... arguments) {
        var n = Notification.show(source.getTranslation(messageKey, arguments), 4000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** A hint about what the user tried, neither a success nor a refusal. */
    public static void info(Component source, String messageKey, Object... arguments) {
        Notification.show(source.getTranslation(messageKey, arguments), 4000, Notification.Position.MIDDLE);
    }

    /** Shows the reason a service gave for refusing a request, in the user's language. */
    public static void refused(Component source, UserFacingException e) {
        var n = Notification.show(
                source.getTranslation(e.messageKey(), e.arguments()), 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }
}
