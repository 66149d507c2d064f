package eu.praxis.news.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.news.NewsPaths;
import eu.praxis.news.NewsRoom;
import jakarta.annotation.security.PermitAll;

/** The news of the network and of the viewer's groups, newest first; writers also see what is still to appear. */
@Route(NewsPaths.NEWS)
@Menu(order = 1, icon = "vaadin:newspaper", title = "news.menu")
@PermitAll
class NewsView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 50;

    NewsView(NewsRoom news, NewsEditors editors) {
        addClassName("view");
        if (editors.mayWriteAny()) {
            var write = new Button(
                    getTranslation("news.write"),
                    e -> editors.open(
                            null,
                            null,
                            id -> getUI().ifPresent(
                                            ui -> ui.navigate(NewsItemView.class, NewsItemView.parameters(id)))));
            write.addThemeVariants(ButtonVariant.PRIMARY);
            write.getElement().setAttribute("data-action", "write-news");
            add(new ViewToolbar(getTranslation("news.title.page"), write));
        } else {
            add(new ViewToolbar(getTranslation("news.title.page")));
        }
        var items = news.newest(null, SHOWN);
        if (items.isEmpty()) {
            var none = new Paragraph(getTranslation("news.none"));
            none.addClassName("muted");
            add(none);
        } else {
            add(new NewsList(items));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("news.title.page");
    }
}
