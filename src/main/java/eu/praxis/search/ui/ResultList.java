package eu.praxis.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import eu.praxis.base.Times;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.content.ui.ModerationMenu;
import eu.praxis.organisation.Countries;
import eu.praxis.search.ResultKind;
import eu.praxis.search.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One page of search results: title link, type (and "hidden"/"deleted" for those who still find moderated items),
 * place, year (an event's start instead), themes and the snippet with the matched words marked.
 */
final class ResultList extends Div {

    ResultList() {
        addClassName("search-results");
        setId("search-results");
    }

    void show(List<SearchHit> hits) {
        removeAll();
        hits.forEach(hit -> add(hit(hit)));
    }

    private Component hit(SearchHit hit) {
        var title = link(hit);
        title.addClassName("search-hit-title");
        var heading = new Div(title, badge(this, hit.kind()));
        heading.addClassName("search-hit-heading");
        if (hit.hidden()) {
            heading.add(ModerationMenu.badge(this, "common.moderation.hidden"));
        }
        if (hit.deleted()) {
            heading.add(ModerationMenu.badge(this, "common.moderation.deleted"));
        }
        var card = new Div(heading);
        card.addClassName("search-hit");
        card.getElement().setAttribute("data-kind", hit.kind().name());
        if (!hit.snippetHtml().isBlank()) {
            card.add(snippet(hit.snippetHtml()));
        }
        var about = about(hit, getLocale());
        if (!about.isEmpty()) {
            var line = new Paragraph(String.join(" · ", about));
            line.addClassNames("muted", "search-hit-about");
            card.add(line);
        }
        return card;
    }

    /** A link to the result's page; the path is relative to the application, whatever its context path. */
    static Anchor link(SearchHit hit) {
        var path = hit.path().startsWith("/") ? hit.path().substring(1) : hit.path();
        return new Anchor(path, hit.title());
    }

    static Span badge(Component context, ResultKind kind) {
        var badge = new Span(context.getTranslation("search.kind." + kind.name()));
        badge.addClassName("search-badge");
        return badge;
    }

    /**
     * The service escapes the text and adds only {@code <mark>} tags, so this is the one place where
     * HTML from the server is rendered as such; should any other tag ever slip in, it shows as text.
     */
    static Span snippet(String snippetHtml) {
        var snippet = new Span();
        snippet.addClassName("search-snippet");
        var withoutMarks = snippetHtml.replace("<mark>", "").replace("</mark>", "");
        if (withoutMarks.indexOf('<') < 0) {
            snippet.getElement().setProperty("innerHTML", snippetHtml);
        } else {
            snippet.setText(withoutMarks);
        }
        return snippet;
    }

    /**
     * "Essen, Germany", "2021", "Drugs and harm reduction, Public space": what is known of the result; for an
     * event, when it starts ("12 Mar 2027, 14:00 (Central European Standard Time)") instead of its year.
     */
    static List<String> about(SearchHit hit, Locale locale) {
        var parts = new ArrayList<String>();
        var place = place(hit.city(), hit.country(), locale);
        if (!place.isEmpty()) {
            parts.add(place);
        }
        if (hit.kind() == ResultKind.EVENT && hit.date() != null) {
            parts.add(Times.moment(hit.date(), ViewerTime.zone(), locale));
        } else if (hit.year() != null) {
            parts.add(hit.year().toString());
        }
        if (!hit.themes().isEmpty()) {
            parts.add(String.join(", ", hit.themes()));
        }
        return parts;
    }

    private static String place(@Nullable String city, @Nullable String country, Locale locale) {
        var countryName = country == null || country.isBlank() ? "" : Countries.name(country, locale);
        if (city == null || city.isBlank()) {
            return countryName;
        }
        return countryName.isEmpty() ? city : city + ", " + countryName;
    }
}
