package eu.praxis.group.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** All working groups the viewer may see, with their membership button; the secretariat creates groups here. */
@Route("groups")
@Menu(order = 10, icon = "vaadin:group", title = "group.menu")
@PermitAll
class GroupListView extends VerticalLayout implements HasDynamicTitle {

    private final GroupDirectory groups;
    private final GroupMembership membership;
    private final GroupAdministration administration;
    private final VerticalLayout content = new VerticalLayout();

    GroupListView(GroupDirectory groups, GroupMembership membership, GroupAdministration administration) {
        this.groups = groups;
        this.membership = membership;
        this.administration = administration;
        addClassName("view");
        content.setPadding(false);
        content.setWidthFull();
        add(new ViewToolbar(getTranslation("group.list.title"), toolbarActions()), content);
        refresh();
    }

    private Component[] toolbarActions() {
        if (!CurrentUser.require().isAdmin()) {
            return new Component[0];
        }
        var create = new Button(
                getTranslation("group.list.new"),
                VaadinIcon.PLUS.create(),
                e -> new NewGroupDialog(
                                administration,
                                slug -> UI.getCurrent()
                                        .navigate(GroupView.class, new RouteParameters(GroupView.SLUG, slug)))
                        .open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        return new Component[] {create};
    }

    private void refresh() {
        content.removeAll();
        var cards = groups.list().stream()
                .map(g -> (Component) GroupCard.withMembershipButton(g, membership, this::refresh))
                .toList();
        var whenEmpty = CurrentUser.require().isResearcher() ? "group.list.empty.researcher" : "group.list.empty";
        content.add(new ListSection(null, ListSection.CARDS, cards, getTranslation(whenEmpty)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("group.list.title");
    }
}
