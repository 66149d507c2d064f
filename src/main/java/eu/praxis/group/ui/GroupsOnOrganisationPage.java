package eu.praxis.group.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import eu.praxis.group.GroupDirectory;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.ui.OrganisationPageSection;
import java.util.Optional;

/**
 * The working groups in which an organisation's people are active members, on the organisation's page.
 * A singleton bean: it keeps no state and builds new components on every call.
 */
@org.springframework.stereotype.Component
class GroupsOnOrganisationPage implements OrganisationPageSection {

    private final GroupDirectory groups;
    private final MemberService members;

    GroupsOnOrganisationPage(GroupDirectory groups, MemberService members) {
        this.groups = groups;
        this.members = members;
    }

    @Override
    public Optional<Component> create(long organisationId) {
        var active = groups.groupsOfPeople(members.activePeopleOf(organisationId));
        if (active.isEmpty()) {
            return Optional.empty();
        }
        var items = active.stream()
                .map(g -> {
                    var count = new Span(" · " + I18NProvider.translate("group.members.count", g.memberCount()));
                    count.addClassName("muted");
                    return (Component) new Div(GroupNavigation.linkTo(g.slug(), g.name()), count);
                })
                .toList();
        // Never empty here: the organisation page leaves out sections with nothing to show.
        return Optional.of(
                new ListSection(I18NProvider.translate("group.organisation.title"), ListSection.LINES, items, ""));
    }

    @Override
    public int order() {
        return 20;
    }
}
