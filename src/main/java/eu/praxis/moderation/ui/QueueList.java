package eu.praxis.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.content.ui.ModerationMenu;
import eu.praxis.content.ui.ReasonDialog;
import eu.praxis.moderation.ModerationService;
import eu.praxis.moderation.QueueItem;
import eu.praxis.moderation.ReportLine;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A moderation queue: each reported content with its reports counted by reason, the content in context (title
 * linking to it, where, author, beginning of the text) and the one-click resolutions, each closing every open
 * report of the content. The buttons follow what the moderator may do; the service checks again.
 */
final class QueueList extends Div {

    static final String ITEM_CLASS = "queue-item";

    QueueList(ModerationService moderation, List<QueueItem> items, Runnable refresh) {
        addClassName("queue-list");
        setWidthFull();
        if (items.isEmpty()) {
            var empty = new Paragraph(getTranslation("moderation.queue.empty"));
            empty.setId("queue-empty");
            empty.addClassName("muted");
            add(empty);
        }
        items.forEach(item -> add(item(moderation, item, refresh)));
    }

    private Article item(ModerationService moderation, QueueItem item, Runnable refresh) {
        var card = new Article();
        card.addClassName(ITEM_CLASS);
        card.getElement().setAttribute("data-content", item.type().key() + ":" + item.targetId());
        var summary = new Paragraph(getTranslation("moderation.queue.count", item.count(), reasons(item)));
        summary.addClassName("queue-count");
        var content = item.content();
        var heading = new H3();
        if (content != null) {
            var link = new Anchor(content.path(), item.title());
            link.getElement().setAttribute("router-link", true);
            heading.add(link);
        } else {
            heading.setText(item.title());
        }
        card.add(summary, heading);
        if (content != null) {
            var where = new Paragraph(getTranslation(
                    "moderation.queue.where",
                    getTranslation("moderation.type." + item.type().key()),
                    content.placeName(),
                    content.authorName()));
            where.addClassName("muted");
            if (content.hidden()) {
                where.add(ModerationMenu.badge(this, "common.moderation.hidden"));
            }
            if (content.locked()) {
                where.add(ModerationMenu.badge(this, "moderation.queue.locked"));
            }
            var excerpt = new Paragraph(content.excerpt());
            excerpt.addClassName("queue-excerpt");
            card.add(where, excerpt);
        } else {
            var gone = new Paragraph(getTranslation("moderation.queue.gone"));
            gone.addClassName("muted");
            card.add(gone);
        }
        var lines = new UnorderedList();
        lines.addClassName("queue-reports");
        item.reports().forEach(r -> lines.add(new ListItem(line(r))));
        card.add(lines, actions(moderation, item, refresh));
        return card;
    }

    private Div actions(ModerationService moderation, QueueItem item, Runnable refresh) {
        var type = item.type();
        var id = item.targetId();
        var actions = new Div();
        actions.addClassName("queue-actions");
        actions.add(button(
                "dismiss",
                "moderation.resolve.dismiss",
                () -> reason(
                        "moderation.resolve.dismiss",
                        "moderation.resolve.note",
                        false,
                        note -> moderation.dismiss(type, id, note),
                        refresh)));
        if (item.mayHide()) {
            actions.add(button(
                    "hide",
                    "moderation.resolve.hide",
                    () -> reason(
                            "moderation.resolve.hide",
                            "moderation.resolve.reason",
                            true,
                            why -> moderation.hide(type, id, why),
                            refresh)));
        }
        if (item.mayLock()) {
            actions.add(button(
                    "lock",
                    "moderation.resolve.lock",
                    () -> Actions.perform(
                            this, () -> moderation.lockThread(type, id), refresh, "moderation.resolve.done")));
        }
        if (item.content() != null) {
            actions.add(button(
                    "warn",
                    "moderation.resolve.warn",
                    () -> reason(
                            "moderation.resolve.warn",
                            "moderation.resolve.message",
                            true,
                            message -> moderation.warnAuthor(type, id, message),
                            refresh)));
        }
        return actions;
    }

    private Button button(String action, String key, Runnable run) {
        var button = new Button(getTranslation(key), e -> run.run());
        button.addThemeVariants(ButtonVariant.SMALL);
        button.getElement().setAttribute("data-action", action);
        return button;
    }

    private void reason(
            String actionKey, String labelKey, boolean required, Consumer<String> action, Runnable refresh) {
        new ReasonDialog(
                        getTranslation(actionKey),
                        getTranslation(labelKey),
                        getTranslation(actionKey),
                        required,
                        action,
                        refresh,
                        "moderation.resolve.done")
                .open();
    }

    /** "abusive ×2, spam ×1" */
    private String reasons(QueueItem item) {
        return item.reasons().entrySet().stream()
                .map(e -> getTranslation("moderation.reason." + e.getKey().key()) + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private Component line(ReportLine report) {
        var text = getTranslation(
                "moderation.queue.report",
                report.reporterName(),
                getTranslation("moderation.reason." + report.reason().key()),
                date(report));
        var line = new Span(text);
        if (report.text() != null) {
            var quote = new Span(" — " + report.text());
            quote.addClassName("muted");
            return new Span(line, quote);
        }
        return line;
    }

    private String date(ReportLine report) {
        return ViewerTime.moment(report.at());
    }
}
