package eu.praxis.news.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.group.ui.GroupPageSection;
import eu.praxis.news.NewsRoom;
import java.util.Optional;

/**
 * A working group's news on its page, with a "Write news" button for its leads and the secretariat; nothing for a
 * reader when the group has no news.
 */
@org.springframework.stereotype.Component
class GroupNews implements GroupPageSection {

    private static final int SHOWN = 3;

    private final NewsRoom news;
    private final NewsEditors editors;

    GroupNews(NewsRoom news, NewsEditors editors) {
        this.news = news;
        this.editors = editors;
    }

    @Override
    public Optional<Component> create(long groupId) {
        var items = news.newest(groupId, SHOWN);
        var mayWrite = news.mayWriteGroupNews(groupId);
        if (items.isEmpty() && !mayWrite) {
            return Optional.empty();
        }
        var section = new Section(new H2(I18NProvider.translate("news.group.title")));
        section.setId("group-news");
        section.addClassName("group-section");
        if (mayWrite) {
            var write = new Button(
                    I18NProvider.translate("news.write"),
                    e -> editors.open(
                            null,
                            groupId,
                            id -> e.getSource()
                                    .getUI()
                                    .ifPresent(ui -> ui.navigate(NewsItemView.class, NewsItemView.parameters(id)))));
            write.getElement().setAttribute("data-action", "write-group-news");
            write.addClassName("news-write");
            section.add(write);
        }
        if (!items.isEmpty()) {
            section.add(new NewsList(items), new RouterLink(I18NProvider.translate("news.home.all"), NewsView.class));
        }
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 15;
    }
}
