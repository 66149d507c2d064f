package eu.praxis.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import eu.praxis.group.ui.GroupPageSection;
import eu.praxis.practice.PracticeLibrary;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;

/**
 * A working group's newest practices on its page, with a link to all of them in the library. Nothing
 * when the viewer sees none (not a member of a members-only group, or nothing shared yet). A singleton
 * bean that builds new components on every call.
 */
@org.springframework.stereotype.Component
class PracticesOnGroupPage implements GroupPageSection {

    private static final int SHOWN = 5;

    private final PracticeLibrary practices;

    PracticesOnGroupPage(PracticeLibrary practices) {
        this.practices = practices;
    }

    @Override
    public Optional<Component> create(long groupId) {
        var newest =
                practices.practicesOfGroup(groupId, PageRequest.of(0, SHOWN)).getContent();
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        var all = PracticeNavigation.libraryOfGroup(groupId, I18NProvider.translate("practice.group.all"));
        all.setId("group-practices-all");
        var section = new PracticeLinkList(I18NProvider.translate("practice.group.title"), newest, all);
        section.setId("group-practices");
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 20;
    }
}
