package eu.praxis.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import eu.praxis.content.ui.ModerationMenu;
import eu.praxis.practice.PracticeListItem;
import eu.praxis.practice.PracticeStatus;
import java.util.List;

/** A titled list of practices as links, with type, place and year; for other features' pages. */
final class PracticeLinkList extends Section {

    PracticeLinkList(String title, List<PracticeListItem> practices, Component... after) {
        addClassName("practice-links");
        add(new H2(title));
        var list = new UnorderedList();
        for (var practice : practices) {
            var about = new Span(" · " + PracticeTexts.type(this, practice.type()) + " · "
                    + PracticeTexts.place(practice.city(), practice.country(), getLocale()) + " · "
                    + practice.periodStart().getYear());
            about.addClassName("muted");
            var item = new ListItem(PracticeNavigation.linkTo(practice.id(), practice.slug(), practice.title()), about);
            if (practice.status() != PracticeStatus.PUBLISHED) {
                var badge = new Span(
                        getTranslation("practice.status." + practice.status().name()));
                badge.addClassName("practice-badge");
                item.add(badge);
            }
            if (practice.hidden()) {
                item.add(ModerationMenu.badge(this, "common.moderation.hidden"));
            }
            if (practice.deleted()) {
                item.add(ModerationMenu.badge(this, "common.moderation.deleted"));
            }
            list.add(item);
        }
        add(list);
        add(after);
    }
}
