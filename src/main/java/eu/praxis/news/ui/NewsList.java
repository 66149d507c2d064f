package eu.praxis.news.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.base.ui.Labels;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.news.NewsListItem;
import eu.praxis.practice.PracticeLanguages;
import java.util.List;

/** News items one under the other: title, where and when, the start of the text. */
final class NewsList extends Div {

    NewsList(List<NewsListItem> items) {
        addClassName("news-list");
        items.forEach(item -> add(article(item)));
    }

    private Article article(NewsListItem item) {
        var facts = new Paragraph(new Span(ViewerTime.date(item.publishedAt())));
        facts.addClassName("muted");
        facts.add(" · " + (item.groupName() == null ? getTranslation("news.network") : item.groupName()));
        facts.add(" · " + PracticeLanguages.name(item.language(), getLocale()));
        var heading = new H3(new RouterLink(item.title(), NewsItemView.class, NewsItemView.parameters(item.id())));
        var article = new Article(heading, facts, new Paragraph(item.teaser()));
        if (item.scheduled()) {
            facts.add(" ");
            facts.add(Labels.tag(getTranslation("news.scheduled", ViewerTime.moment(item.publishedAt()))));
        }
        article.getElement().setAttribute("data-news", Long.toString(item.id()));
        return article;
    }
}
