package eu.praxis.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.ui.PracticePageSection;
import eu.praxis.search.SearchService;
import eu.praxis.security.Viewer;
import java.util.ArrayList;
import java.util.Optional;

/**
 * Up to five practices like this one on its page, before its discussion; nothing at all, not even
 * the heading, when there are none the viewer may see. A singleton bean that builds new components
 * on every call.
 */
@org.springframework.stereotype.Component
class SimilarPractices implements PracticePageSection {

    static final int SHOWN = 5;

    private final SearchService search;

    SimilarPractices(SearchService search) {
        this.search = search;
    }

    @Override
    public Optional<Component> create(PracticeDetails practice, Viewer viewer) {
        var similar = search.similarPractices(practice, SHOWN);
        if (similar.isEmpty()) {
            return Optional.empty();
        }
        var section = new Section();
        section.setId("similar-practices");
        section.addClassName("practice-links");
        var locale = UI.getCurrent().getLocale();
        var list = new UnorderedList();
        for (var hit : similar) {
            var about = new ArrayList<String>();
            about.add(section.getTranslation("search.kind." + hit.kind().name()));
            about.addAll(ResultList.about(hit, locale));
            var line = new Span(" · " + String.join(" · ", about));
            line.addClassName("muted");
            list.add(new ListItem(ResultList.link(hit), line));
        }
        section.add(new H2(section.getTranslation("search.similar.title")), list);
        return Optional.of(section);
    }

    @Override
    public int order() {
        // after the practice's own content, before its discussion (10)
        return 5;
    }
}
