package eu.praxis.publication.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.ui.PublicPage;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.publication.PublicPublications;
import eu.praxis.publication.PublicationPaths;
import eu.praxis.security.CurrentUser;

/**
 * A public publication's page, without login and outside the members' layout: its facts, abstract, files and public
 * editions. Someone logged in goes to the members' page instead, which says more; a visitor asking for a publication
 * that is not public is sent to the login page, whatever the reason, so that nothing can be probed.
 */
@Route(value = PublicationPaths.PUBLIC + "/:" + PublicPublicationView.ID, autoLayout = false)
@AnonymousAllowed
class PublicPublicationView extends PublicPage implements BeforeEnterObserver {

    static final String ID = "id";

    private final transient PublicPublications publications;

    PublicPublicationView(PublicPublications publications) {
        this.publications = publications;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.require(event.getRouteParameters(), ID);
        if (CurrentUser.get().isPresent()) {
            event.forwardTo(PublicationView.class, PublicationView.parameters(id));
            return;
        }
        try {
            var details = publications.get(id);
            var content = new Div(PublicationTexts.facts(this, getLocale(), details));
            if (!details.abstractText().isEmpty()) {
                content.add(new Paragraph(details.abstractText()));
            }
            var files = new UnorderedList();
            details.files().forEach(f -> files.add(new ListItem(PublicationTexts.fileLink(f))));
            files.setId("publication-files");
            content.add(new H2(getTranslation("publication.files")), files);
            if (!details.editions().isEmpty()) {
                var editions = new UnorderedList();
                details.editions()
                        .forEach(e -> editions.add(new ListItem(new Anchor(
                                "/" + PublicationPaths.publicPage(e.id()),
                                PublicationTexts.language(getLocale(), e.language()) + " — " + e.title()))));
                editions.setId("publication-editions");
                content.add(new H2(getTranslation("publication.editions")), editions);
            }
            show(details.title(), content);
        } catch (NotFoundException e) {
            event.forwardTo("login");
        }
    }
}
