package eu.praxis.group.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A titled part of a page: its items, or one sentence saying why there are none. */
final class ListSection extends Section {

    /** Cards side by side. */
    static final String CARDS = "card-list";
    /** One item a line (people, links). */
    static final String LINES = "group-lines";

    /** @param title none where the view's own title says it all */
    ListSection(@Nullable String title, String layout, List<? extends Component> items, String whenEmpty) {
        addClassName("group-section");
        setWidthFull();
        if (title != null) {
            add(new H2(title));
        }
        if (items.isEmpty()) {
            var empty = new Paragraph(whenEmpty);
            empty.addClassName("muted");
            add(empty);
        } else {
            var list = new Div();
            list.addClassName(layout);
            items.forEach(list::add);
            add(list);
        }
    }

    /** An id for end-to-end tests and in-page links. */
    ListSection withId(String id) {
        setId(id);
        return this;
    }
}
