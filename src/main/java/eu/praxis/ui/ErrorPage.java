package eu.praxis.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The body of an error view: a title, what happened in plain words, and a way home. No stack traces. */
final class ErrorPage extends VerticalLayout {

    ErrorPage(String titleKey, String messageKey) {
        addClassName("view");
        add(
                new H2(getTranslation(titleKey)),
                new Paragraph(getTranslation(messageKey)),
                new Anchor("", getTranslation("shell.home")));
    }
}
