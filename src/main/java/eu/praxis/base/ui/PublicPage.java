package eu.praxis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Frame of the pages a visitor sees without the main layout (invitation, application, unsubscribe): brand,
 * title, content, and the way to the login and about pages.
 */
public abstract class PublicPage extends VerticalLayout implements HasDynamicTitle {

    private String title = "";

    protected PublicPage() {
        addClassNames("view", "public-page");
    }

    /** Replaces the page's content, e.g. a form by the confirmation that it was sent. */
    protected final void show(String pageTitle, Component... content) {
        title = pageTitle;
        removeAll();
        var brand = new Span("Praxis");
        brand.addClassName("public-brand");
        var links = new Div(
                new Anchor("login", getTranslation("member.public.login")),
                new Anchor("about", getTranslation("member.public.about")));
        links.addClassName("login-links");
        add(brand, new H1(pageTitle));
        add(content);
        add(links);
    }

    /** The end of a flow that set a password: what happened, and the way to log in. */
    protected final void showDoneWithLogin(String pageTitle, String text) {
        var login = new Button(
                getTranslation("invitation.accepted.login"), e -> getUI().ifPresent(ui -> ui.navigate("login")));
        login.addThemeVariants(ButtonVariant.PRIMARY);
        show(pageTitle, new Paragraph(text), login);
    }

    /** Outside the main layout nothing appends the application name, so the page does. */
    @Override
    public String getPageTitle() {
        return title + " · Praxis";
    }
}
