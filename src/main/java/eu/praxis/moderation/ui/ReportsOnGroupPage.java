package eu.praxis.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.ui.GroupPageSection;
import eu.praxis.moderation.ModerationService;
import java.util.Optional;

/** For a group's leads (and the secretariat), on the group page: how many contents are reported, and the queue. */
@org.springframework.stereotype.Component
class ReportsOnGroupPage implements GroupPageSection {

    private final ModerationService moderation;
    private final GroupDirectory groups;

    ReportsOnGroupPage(ModerationService moderation, GroupDirectory groups) {
        this.moderation = moderation;
        this.groups = groups;
    }

    @Override
    public Optional<Component> create(long groupId) {
        return moderation
                .openInGroup(groupId)
                .flatMap(open -> groups.find(groupId).map(group -> {
                    var section = new Section();
                    section.setId("reports");
                    section.addClassName("group-section");
                    section.setWidthFull();
                    var count = new Paragraph(section.getTranslation("moderation.group.open", open));
                    var link = new Anchor(
                            GroupQueueView.path(group.slug()), section.getTranslation("moderation.group.queue"));
                    link.getElement().setAttribute("router-link", true);
                    link.setId("moderation-queue-link");
                    section.add(new H2(section.getTranslation("moderation.group.title")), count, link);
                    return section;
                }));
    }

    /** Leads should see it first. */
    @Override
    public int order() {
        return 1;
    }
}
