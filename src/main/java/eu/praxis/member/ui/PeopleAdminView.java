package eu.praxis.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.member.InvitationService;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonFilter;
import eu.praxis.member.PersonStatus;
import eu.praxis.member.PersonSummary;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The secretariat's list of all accounts: invite, disable, enable, send an invitation again. */
@Route("admin/people")
@Menu(order = 80, icon = "vaadin:users", title = "member.admin.menu")
@RolesAllowed(Role.ADMIN_NAME)
class PeopleAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient MemberService members;
    private final transient InvitationService invitations;
    private final TextField text = new TextField();
    private final Select<PersonStatus> status = new Select<>();
    private final OrganisationComboBox organisation;
    private final Grid<PersonSummary> grid = new Grid<>();

    PeopleAdminView(MemberService members, InvitationService invitations, OrganisationService organisations) {
        this.members = members;
        this.invitations = invitations;
        addClassName("view");
        setSizeFull();

        text.setLabel(getTranslation("member.admin.filter.text"));
        text.setPlaceholder(getTranslation("common.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        status.setLabel(getTranslation("common.status"));
        status.setItems(PersonStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("common.any"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("common.any") : getTranslation("member.status." + s));
        organisation = new OrganisationComboBox(getTranslation("common.organisation"), organisations, null);
        organisation.setPlaceholder(getTranslation("common.any"));
        var filters = new Div(text, status, organisation);
        filters.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);

        grid.addComponentColumn(p -> MemberNavigation.linkTo(p.id(), p.name()))
                .setHeader(getTranslation("common.name"))
                .setFlexGrow(2);
        grid.addColumn(PersonSummary::email)
                .setHeader(getTranslation("common.email"))
                .setFlexGrow(2);
        grid.addColumn(PersonSummary::organisationName)
                .setHeader(getTranslation("common.organisation"))
                .setFlexGrow(2);
        grid.addColumn(p -> getTranslation("member.role." + p.role())).setHeader(getTranslation("member.role"));
        grid.addColumn(p -> getTranslation("member.status." + p.status())).setHeader(getTranslation("common.status"));
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("common.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("member.admin.empty"));
        grid.setItemsPageable(page -> members.find(filter(), page).getContent());
        grid.setSizeFull();

        text.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        organisation.addValueChangeListener(e -> refresh());

        var invite = new Button(
                getTranslation("member.invite"),
                VaadinIcon.ENVELOPE.create(),
                e -> new InviteDialog(invitations, organisations, this::refresh).open());
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        add(new ViewToolbar(getTranslation("member.admin.title"), invite), filters, grid);
    }

    private PersonFilter filter() {
        var chosen = organisation.getValue();
        return new PersonFilter(chosen == null ? null : chosen.id(), status.getValue(), text.getValue());
    }

    private Component actions(PersonSummary person) {
        var buttons = new Div();
        buttons.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
        if (person.status() == PersonStatus.INVITED) {
            buttons.add(small(
                    "member.invitation.resend",
                    () -> act(() -> invitations.resend(person.id()), "member.invitation.resent", person)));
        }
        var self = CurrentUser.get().map(u -> u.personId() == person.id()).orElse(false);
        if (person.status() == PersonStatus.DISABLED) {
            buttons.add(small("member.enable", () -> act(() -> members.enable(person.id()), "member.enabled", person)));
        } else if (!self) {
            buttons.add(small(
                    "member.disable",
                    () -> Actions.confirm(
                            this,
                            getTranslation("member.disable.confirm.title", person.name()),
                            getTranslation("member.disable.confirm.text"),
                            getTranslation("member.disable"),
                            () -> act(() -> members.disable(person.id()), "member.disabled", person))));
        }
        return buttons;
    }

    private Button small(String labelKey, Runnable action) {
        var button = new Button(getTranslation(labelKey), e -> action.run());
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return button;
    }

    private void act(Runnable action, String successKey, PersonSummary person) {
        Actions.perform(this, action, this::refresh, successKey, person.name());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("member.admin.title");
    }
}
