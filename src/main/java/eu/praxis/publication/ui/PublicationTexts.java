package eu.praxis.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import eu.praxis.publication.PublicationDetails;
import eu.praxis.publication.PublicationFileItem;
import eu.praxis.publication.PublicationPaths;
import java.util.Locale;

/** How the publication pages (members' and public) word a publication's facts, languages and files. */
final class PublicationTexts {

    private PublicationTexts() {}

    /** A language's name in the viewer's language: "French", "français". */
    static String language(Locale viewer, String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(viewer);
    }

    /** Type, date, language and, when given, the authors. */
    static Div facts(Component context, Locale viewer, PublicationDetails p) {
        var facts = new Div(
                new Span(context.getTranslation("publication.type." + p.type())),
                new Span(p.publishedOn().toString()),
                new Span(language(viewer, p.language())));
        if (!p.authors().isEmpty()) {
            facts.add(new Span(context.getTranslation("publication.by", String.join(", ", p.authors()))));
        }
        facts.addClassName("project-facts");
        facts.setId("publication-facts");
        return facts;
    }

    /** A file's link: a plain request, which the server answers as a download. */
    static Anchor fileLink(PublicationFileItem file) {
        var link = new Anchor("/" + PublicationPaths.file(file.id()), file.fileName());
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("data-file", Long.toString(file.id()));
        return link;
    }
}
