package eu.praxis.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.newsletter.NewsletterListItem;
import eu.praxis.newsletter.NewsletterOffice;
import eu.praxis.newsletter.NewsletterPaths;
import eu.praxis.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The secretariat's issues of the newsletter, the newest first, and the button that prepares the next one. */
@Route(NewsletterPaths.OFFICE)
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 87, icon = "vaadin:envelopes", title = "newsletter.office.menu")
class NewsletterOfficeView extends VerticalLayout implements HasDynamicTitle {

    NewsletterOfficeView(NewsletterOffice office) {
        addClassName("view");
        var prepare = new Button(
                getTranslation("newsletter.office.prepare"),
                e -> Actions.attempt(this, office::prepare)
                        .ifPresent(id -> getUI().ifPresent(ui ->
                                ui.navigate(NewsletterEditorView.class, NewsletterEditorView.parameters(id)))));
        prepare.addThemeVariants(ButtonVariant.PRIMARY);
        prepare.getElement().setAttribute("data-action", "prepare-newsletter");
        add(new ViewToolbar(getTranslation("newsletter.office.title"), prepare));
        var issues = office.issues();
        if (issues.isEmpty()) {
            var none = new Paragraph(getTranslation("newsletter.office.none"));
            none.addClassName("muted");
            add(none);
            return;
        }
        var grid = new Grid<NewsletterListItem>();
        grid.addComponentColumn(n -> new RouterLink(
                        n.subject(), NewsletterEditorView.class, NewsletterEditorView.parameters(n.id())))
                .setHeader(getTranslation("newsletter.subject"))
                .setFlexGrow(3);
        grid.addColumn(n -> getTranslation("newsletter.status." + n.status()))
                .setHeader(getTranslation("newsletter.office.status"))
                .setAutoWidth(true);
        grid.addColumn(n -> n.sentAt() == null ? ViewerTime.date(n.createdAt()) : ViewerTime.date(n.sentAt()))
                .setHeader(getTranslation("newsletter.office.date"))
                .setAutoWidth(true);
        grid.addColumn(NewsletterListItem::recipients)
                .setHeader(getTranslation("newsletter.office.recipients"))
                .setAutoWidth(true);
        grid.setItems(issues);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("newsletter.office.title");
    }
}
