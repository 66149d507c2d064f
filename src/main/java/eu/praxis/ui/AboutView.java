package eu.praxis.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public page about the platform: what it is for and how to join. */
@Route(value = "about", autoLayout = false)
@AnonymousAllowed
class AboutView extends VerticalLayout implements HasDynamicTitle {

    AboutView() {
        addClassNames("view", "prose");
        add(
                new H1(getTranslation("about.title")),
                new Paragraph(getTranslation("about.intro")),
                new H2(getTranslation("about.what.title")),
                new Paragraph(getTranslation("about.what.groups")),
                new Paragraph(getTranslation("about.what.library")),
                new Paragraph(getTranslation("about.what.events")),
                new H2(getTranslation("about.join.title")),
                new Paragraph(getTranslation("about.join.text")),
                new Div(
                        new Anchor("apply", getTranslation("about.apply")),
                        new Paragraph(),
                        new Anchor("login", getTranslation("about.login"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("about.title");
    }
}
