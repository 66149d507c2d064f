package eu.praxis.call.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.call.CallBoard;
import eu.praxis.call.CallFilter;
import eu.praxis.call.CallListItem;
import eu.praxis.group.ui.HomePageSection;
import java.util.Optional;

/**
 * The open calls the person may read whose deadline comes first, on the home page, with their organisation's answer;
 * nothing when no call is open.
 */
@org.springframework.stereotype.Component
class CallsOnHome implements HomePageSection {

    private static final int SHOWN = 3;

    private final CallBoard calls;

    CallsOnHome(CallBoard calls) {
        this.calls = calls;
    }

    @Override
    public Optional<Component> create() {
        // the board lists open calls first, the nearest deadline first
        var closingSoon = calls.list(CallFilter.any()).stream()
                .filter(CallListItem::open)
                .limit(SHOWN)
                .toList();
        if (closingSoon.isEmpty()) {
            return Optional.empty();
        }
        var section = new Section();
        section.setId("home-calls");
        section.addClassName("home-section");
        section.add(new H2(section.getTranslation("call.home.title")));
        var list = new UnorderedList();
        for (var call : closingSoon) {
            var deadline = new Span(
                    " · " + section.getTranslation("call.deadline.at", ViewerTime.moment(call.deadline())) + " ");
            deadline.addClassName("muted");
            var item = new ListItem(
                    new RouterLink(call.title(), CallView.class, CallView.parameters(call.id())), deadline);
            if (call.myAnswer() != null) {
                item.add(CallTexts.answer(section, call.myAnswer()));
            }
            list.add(item);
        }
        section.add(list, new RouterLink(section.getTranslation("call.home.all"), CallDirectoryView.class));
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 20;
    }
}
