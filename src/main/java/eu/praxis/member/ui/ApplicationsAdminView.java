package eu.praxis.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.member.ApplicationDetails;
import eu.praxis.member.MembershipApplicationService;
import eu.praxis.organisation.Countries;
import eu.praxis.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The secretariat reviews membership applications: approving creates the organisation and invites
 * its contact person; rejecting mails the contact the reason. Decided applications stay listed.
 */
@Route("admin/applications")
@Menu(order = 81, icon = "vaadin:clipboard-check", title = "application.admin.menu")
@RolesAllowed(Role.ADMIN_NAME)
class ApplicationsAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient MembershipApplicationService applications;
    private final Grid<ApplicationDetails> pending = new Grid<>();
    private final Grid<ApplicationDetails> decided = new Grid<>();

    ApplicationsAdminView(MembershipApplicationService applications) {
        this.applications = applications;
        addClassName("view");
        setSizeFull();

        // Ids for tests and in-page links.
        pending.setId("pending-applications");
        decided.setId("decided-applications");
        addCommonColumns(pending);
        pending.addColumn(a -> date(a.submittedAt())).setHeader(getTranslation("application.submitted"));
        pending.addComponentColumn(this::decisionButtons)
                .setHeader(getTranslation("common.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        pending.setEmptyStateText(getTranslation("application.pending.empty"));
        pending.setItemsPageable(page -> applications.pending(page).getContent());

        addCommonColumns(decided);
        decided.addColumn(a -> getTranslation("application.status." + a.status()))
                .setHeader(getTranslation("common.status"));
        decided.addColumn(a -> date(a.decidedAt())).setHeader(getTranslation("application.decided"));
        decided.addColumn(a -> a.rejectionReason() == null ? "" : a.rejectionReason())
                .setHeader(getTranslation("common.reason"))
                .setFlexGrow(2);
        decided.setEmptyStateText(getTranslation("application.decided.empty"));
        decided.setItemsPageable(page -> applications.decided(page).getContent());

        var tabs = new TabSheet();
        tabs.add(getTranslation("application.pending"), pending);
        tabs.add(getTranslation("application.decided.tab"), decided);
        tabs.setSizeFull();
        add(new ViewToolbar(getTranslation("application.admin.title")), tabs);
    }

    private void addCommonColumns(Grid<ApplicationDetails> grid) {
        grid.addColumn(ApplicationDetails::organisationName)
                .setHeader(getTranslation("common.organisation"))
                .setFlexGrow(2);
        grid.addColumn(a -> Countries.name(a.country(), getLocale())).setHeader(getTranslation("common.country"));
        grid.addColumn(a -> getTranslation("organisation.kind." + a.kind()))
                .setHeader(getTranslation("organisation.kind"));
        grid.addColumn(ApplicationDetails::contactName).setHeader(getTranslation("application.contact"));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setSizeFull();
    }

    /** What a row opens to: the motivation and the rest of the application. */
    private Component details(ApplicationDetails application) {
        var facts = new DescriptionList();
        facts.addClassName("facts");
        if (application.city() != null) {
            facts.add(new Term(getTranslation("organisation.city")), new Description(application.city()));
        }
        if (application.website() != null) {
            facts.add(new Term(getTranslation("application.website")), new Description(website(application.website())));
        }
        facts.add(new Term(getTranslation("application.contact")), new Description(application.contactName()));
        if (application.contactPosition() != null) {
            facts.add(new Term(getTranslation("common.position")), new Description(application.contactPosition()));
        }
        facts.add(
                new Term(getTranslation("common.email")),
                new Description(new Anchor("mailto:" + application.contactEmail(), application.contactEmail())));
        facts.add(
                new Term(getTranslation("common.language")),
                new Description(getTranslation("language." + application.contactLanguage())));
        var motivation = new Paragraph(application.motivation());
        motivation.addClassName("pre-line");
        var details = new Div(facts, motivation);
        details.addClassNames(LumoUtility.Padding.MEDIUM);
        return details;
    }

    /** The applicant typed the address; only web links become links. */
    private static Component website(String address) {
        if (address.startsWith("https://") || address.startsWith("http://")) {
            var link = new Anchor(address, address);
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            return link;
        }
        return new Paragraph(address);
    }

    private Component decisionButtons(ApplicationDetails application) {
        var approve = new Button(
                getTranslation("application.approve"),
                e -> Actions.confirm(
                        this,
                        getTranslation("application.approve.confirm.title", application.organisationName()),
                        getTranslation(
                                "application.approve.confirm.text",
                                application.contactName(),
                                application.contactEmail()),
                        getTranslation("application.approve"),
                        () -> approve(application)));
        approve.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.SUCCESS);
        var reject = new Button(
                getTranslation("application.reject"),
                e -> new RejectDialog(application, reason -> reject(application, reason)).open());
        reject.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        var buttons = new Div(approve, reject);
        buttons.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
        return buttons;
    }

    private void approve(ApplicationDetails application) {
        Actions.perform(
                this,
                () -> applications.approve(application.id()),
                this::refresh,
                "application.approved",
                application.organisationName(),
                application.contactEmail());
    }

    /** @return whether the rejection went through, so that the dialog closes only then */
    private boolean reject(ApplicationDetails application, String reason) {
        try {
            applications.reject(application.id(), reason);
            Toasts.success(this, "application.rejected", application.organisationName());
            refresh();
            return true;
        } catch (UserFacingException e) {
            Toasts.refused(this, e);
            return false;
        }
    }

    private void refresh() {
        pending.getDataProvider().refreshAll();
        decided.getDataProvider().refreshAll();
    }

    private String date(@Nullable Instant instant) {
        return instant == null ? "" : ViewerTime.date(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("application.admin.title");
    }
}
