package eu.praxis.news.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.group.ui.HomePageSection;
import eu.praxis.news.NewsRoom;
import java.util.Optional;

/** The newest news of the network and the person's groups on the home page; nothing when there is none. */
@org.springframework.stereotype.Component
class NewsOnHome implements HomePageSection {

    private static final int SHOWN = 3;

    private final NewsRoom news;

    NewsOnHome(NewsRoom news) {
        this.news = news;
    }

    @Override
    public Optional<Component> create() {
        var newest =
                news.newest(null, SHOWN).stream().filter(n -> !n.scheduled()).toList();
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        var section = new Section(new H2(I18NProvider.translate("news.home.title")), new NewsList(newest));
        section.setId("home-news");
        section.addClassName("home-section");
        section.add(new RouterLink(I18NProvider.translate("news.home.all"), NewsView.class));
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 5;
    }
}
