package eu.praxis.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import eu.praxis.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Last line of defence for errors in event handlers: a refusal a service explains is shown as is;
 * a denied action says so; anything else is logged and the user gets a generic message.
 */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        var cause = rootCause(event.getThrowable());
        var ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside of a UI", event.getThrowable());
            return;
        }
        String message;
        if (cause instanceof UserFacingException refused) {
            message = ui.getTranslation(refused.messageKey(), refused.arguments());
        } else if (cause instanceof AccessDeniedException) {
            log.warn("Action refused: {}", cause.getMessage());
            message = ui.getTranslation("error.access-denied");
        } else {
            log.error("Unexpected error", event.getThrowable());
            message = ui.getTranslation("error.unexpected");
        }
        ui.access(() -> {
            var notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.ERROR);
        });
    }

    private static Throwable rootCause(Throwable t) {
        var current = t;
        while (!(current instanceof UserFacingException)
                && !(current instanceof AccessDeniedException)
                && current.getCause() != null
                && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }
}
