package eu.praxis.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import eu.praxis.base.ui.Toasts;
import eu.praxis.practice.PracticeCitation;

/**
 * "Cite this version" (DD032): the APA-like line and the BibTeX entry of the version shown, each with a copy button,
 * folded away until opened.
 */
final class CitationPanel extends Details {

    CitationPanel(PracticeCitation citation) {
        setSummaryText(getTranslation("practice.citation.title"));
        setId("citation");
        addClassName("practice-citation");
        var apa = new Paragraph(citation.apa());
        apa.setId("citation-apa");
        var bibtex = new Pre(citation.bibtex());
        bibtex.setId("citation-bibtex");
        add(
                new Div(new Span(getTranslation("practice.citation.apa")), copy("citation-apa-copy", citation.apa())),
                apa,
                new Div(
                        new Span(getTranslation("practice.citation.bibtex")),
                        copy("citation-bibtex-copy", citation.bibtex())),
                bibtex);
    }

    private Button copy(String id, String text) {
        var button = new Button(getTranslation("practice.citation.copy"), VaadinIcon.COPY.create(), e -> {
            getElement().executeJs("navigator.clipboard.writeText($0)", text);
            Toasts.success(this, "practice.citation.copied");
        });
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setId(id);
        return button;
    }
}
