package eu.praxis.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.organisation.Countries;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.organisation.OrganisationSummary;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's page: what it is, then the sections other features contribute (its people,
 * groups, practices). The secretariat suspends and reactivates the organisation here.
 */
@Route("organisations/:" + OrganisationView.ID)
@PermitAll
class OrganisationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID = "id";

    private final transient OrganisationService organisations;
    private final transient List<OrganisationPageSection> sections;
    private @Nullable OrganisationSummary organisation;

    OrganisationView(OrganisationService organisations, List<OrganisationPageSection> sections) {
        this.organisations = organisations;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(OrganisationPageSection::order))
                .toList();
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.require(event.getRouteParameters(), ID);
        show(organisations.get(id));
    }

    private void show(OrganisationSummary shown) {
        organisation = shown;
        removeAll();
        add(new ViewToolbar(shown.name(), adminActions(shown).toArray(Component[]::new)), facts(shown));
        sections.stream()
                .map(s -> s.create(shown.id()))
                .flatMap(Optional::stream)
                .forEach(this::add);
    }

    private Component facts(OrganisationSummary shown) {
        var facts = new DescriptionList();
        facts.addClassName("facts");
        facts.add(
                new Term(getTranslation("organisation.kind")),
                new Description(getTranslation("organisation.kind." + shown.kind())));
        if (shown.city() != null) {
            facts.add(new Term(getTranslation("organisation.city")), new Description(shown.city()));
        }
        facts.add(
                new Term(getTranslation("common.country")),
                new Description(Countries.name(shown.country(), getLocale())));
        var status = new Badge(getTranslation("organisation.status." + shown.status()));
        status.addThemeVariants(shown.active() ? BadgeVariant.SUCCESS : BadgeVariant.ERROR);
        facts.add(new Term(getTranslation("common.status")), new Description(status));
        return facts;
    }

    /** Only the secretariat sees these; the service refuses everyone else anyway. */
    private List<Component> adminActions(OrganisationSummary shown) {
        if (!CurrentUser.get().map(PraxisUser::isAdmin).orElse(false)) {
            return List.of();
        }
        if (shown.active()) {
            var suspend = new Button(getTranslation("organisation.suspend"), e -> confirmSuspend(shown));
            suspend.addThemeVariants(ButtonVariant.ERROR);
            return List.of(suspend);
        }
        return List.of(new Button(
                getTranslation("organisation.reactivate"),
                e -> act(() -> organisations.reactivate(shown.id()), "organisation.reactivated", shown)));
    }

    private void confirmSuspend(OrganisationSummary shown) {
        var dialog = new ConfirmDialog(
                getTranslation("organisation.suspend.confirm.title", shown.name()),
                getTranslation("organisation.suspend.confirm.text"),
                getTranslation("organisation.suspend"),
                e -> act(() -> organisations.suspend(shown.id()), "organisation.suspended", shown));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void act(Runnable action, String successKey, OrganisationSummary shown) {
        Actions.perform(this, action, () -> show(organisations.get(shown.id())), successKey, shown.name());
    }

    @Override
    public String getPageTitle() {
        return organisation == null ? getTranslation("organisation.directory.title") : organisation.name();
    }
}
