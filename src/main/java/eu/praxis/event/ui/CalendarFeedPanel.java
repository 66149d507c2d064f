package eu.praxis.event.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Toasts;
import eu.praxis.event.CalendarFeedService;
import org.jspecify.annotations.Nullable;

/**
 * The personal calendar feed: its address is shown once, right after it was made (only its hash is stored),
 * with a copy button; afterwards it can only be replaced ("regenerate") or ended ("revoke").
 */
final class CalendarFeedPanel extends Composite<Div> {

    private final transient CalendarFeedService feeds;
    private final Div body = new Div();

    CalendarFeedPanel(CalendarFeedService feeds) {
        this.feeds = feeds;
        getContent().addClassName("calendar-feed");
        getContent()
                .add(
                        new H2(getTranslation("event.feed.title")),
                        new Paragraph(getTranslation("event.feed.intro")),
                        body);
        show(null);
    }

    private void show(@Nullable String address) {
        body.removeAll();
        var hasFeed = feeds.hasFeed();
        if (address != null) {
            var field = new TextField(getTranslation("event.feed.address"));
            field.setValue(address);
            field.setReadOnly(true);
            field.setWidthFull();
            field.setId("feed-address");
            var copy = new Button(getTranslation("event.feed.copy"), e -> {
                field.getElement().executeJs("navigator.clipboard.writeText($0)", address);
                Toasts.success(this, "event.feed.copied");
            });
            copy.setId("feed-copy");
            var once = new Paragraph(getTranslation("event.feed.shown-once"));
            once.addClassName("muted");
            body.add(field, copy, once);
        } else if (hasFeed) {
            var active = new Paragraph(getTranslation("event.feed.active"));
            active.setId("feed-active");
            body.add(active);
        }
        var regenerate = new Button(
                getTranslation(hasFeed ? "event.feed.regenerate" : "event.feed.create"),
                e -> Actions.attempt(this, feeds::regenerate).ifPresent(this::show));
        regenerate.setId("feed-regenerate");
        var buttons = new Div(regenerate);
        buttons.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
        if (hasFeed) {
            var revoke = new Button(
                    getTranslation("event.feed.revoke"),
                    e -> Actions.confirm(
                            this,
                            getTranslation("event.feed.revoke"),
                            getTranslation("event.feed.revoke.confirm"),
                            getTranslation("event.feed.revoke"),
                            () -> Actions.perform(this, feeds::revoke, () -> show(null), "event.feed.revoked")));
            revoke.setId("feed-revoke");
            buttons.add(revoke);
        }
        body.add(buttons);
    }
}
