package eu.praxis.newsletter.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.newsletter.NewsletterArchive;
import eu.praxis.newsletter.NewsletterPaths;
import jakarta.annotation.security.PermitAll;

/** A sent issue, as a reader in the viewer's language got it. */
@Route(NewsletterPaths.ARCHIVE + "/:" + NewsletterReadView.ID)
@PermitAll
class NewsletterReadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final NewsletterArchive archive;
    private String title = "";

    NewsletterReadView(NewsletterArchive archive) {
        this.archive = archive;
        addClassName("view");
    }

    static RouteParameters parameters(long issueId) {
        return new RouteParameters(ID, Long.toString(issueId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var issue = archive.read(RouteIds.require(event.getRouteParameters(), ID));
        title = issue.subject();
        removeAll();
        var date = new Paragraph(ViewerTime.date(issue.sentAt()));
        date.addClassName("muted");
        var text = new Pre(issue.text());
        text.addClassName("newsletter-text");
        text.setId("newsletter-text");
        add(
                new ViewToolbar(issue.subject()),
                date,
                text,
                new RouterLink(getTranslation("newsletter.archive.all"), NewsletterArchiveView.class));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
