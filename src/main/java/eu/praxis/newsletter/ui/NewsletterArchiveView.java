package eu.praxis.newsletter.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.newsletter.NewsletterArchive;
import eu.praxis.newsletter.NewsletterPaths;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;

/** The sent issues of the newsletter, the newest first. */
@Route(NewsletterPaths.ARCHIVE)
@PermitAll
@Menu(order = 2, icon = "vaadin:envelope-open", title = "newsletter.menu")
class NewsletterArchiveView extends VerticalLayout implements HasDynamicTitle {

    NewsletterArchiveView(NewsletterArchive archive) {
        addClassName("view");
        add(new ViewToolbar(getTranslation("newsletter.archive.title")));
        var issues = archive.sent();
        if (issues.isEmpty()) {
            var none = new Paragraph(getTranslation("newsletter.archive.none"));
            none.addClassName("muted");
            add(none);
            return;
        }
        var list = new UnorderedList();
        list.setId("newsletter-archive");
        for (var issue : issues) {
            var date = new Span(" · " + ViewerTime.date(Objects.requireNonNull(issue.sentAt())));
            date.addClassName("muted");
            list.add(new ListItem(
                    new RouterLink(
                            issue.subject(), NewsletterReadView.class, NewsletterReadView.parameters(issue.id())),
                    date));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("newsletter.archive.title");
    }
}
