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
import eu.praxis.project.ui.ProjectPageSection;
import java.util.Optional;

/** The project's calls on its page, open ones first, with the viewer's organisation's answer; nothing without calls. */
@org.springframework.stereotype.Component
class CallsOnProjectPage implements ProjectPageSection {

    private final CallBoard calls;

    CallsOnProjectPage(CallBoard calls) {
        this.calls = calls;
    }

    @Override
    public Optional<Component> create(long projectId) {
        var list = calls.callsOfProject(projectId);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        var section = new Section();
        section.setId("project-calls");
        section.add(new H2(section.getTranslation("call.of-project")));
        var items = new UnorderedList();
        for (var call : list) {
            var item = new ListItem(
                    new RouterLink(call.title(), CallView.class, CallView.parameters(call.id())),
                    new Span(" · " + section.getTranslation("call.deadline.at", ViewerTime.moment(call.deadline()))
                            + " "),
                    CallTexts.open(section, call.open()));
            if (call.myAnswer() != null) {
                item.add(new Span(" "), CallTexts.answer(section, call.myAnswer()));
            }
            items.add(item);
        }
        section.add(items);
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 10;
    }
}
