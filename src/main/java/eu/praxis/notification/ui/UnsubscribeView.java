package eu.praxis.notification.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.praxis.base.ui.PublicPage;
import eu.praxis.notification.NotificationService;

/**
 * Where the unsubscribe link of a notification mail leads, without login: the mails of that kind stop (it
 * stays in the app) and the page says so. A link that is not ours gets a plain explanation.
 */
@Route(value = NotificationService.UNSUBSCRIBE_PATH + "/:" + UnsubscribeView.TOKEN, autoLayout = false)
@AnonymousAllowed
class UnsubscribeView extends PublicPage implements BeforeEnterObserver {

    static final String TOKEN = "token";

    private final transient NotificationService notifications;

    UnsubscribeView(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get(TOKEN).orElse("");
        notifications
                .unsubscribe(token)
                .ifPresentOrElse(
                        kind -> show(
                                getTranslation("notification.unsubscribe.title"),
                                new Paragraph(getTranslation(
                                        "notification.unsubscribe.done", getTranslation(kind.labelKey())))),
                        () -> show(
                                getTranslation("notification.unsubscribe.invalid.title"),
                                new Paragraph(getTranslation("notification.unsubscribe.invalid.text"))));
    }
}
