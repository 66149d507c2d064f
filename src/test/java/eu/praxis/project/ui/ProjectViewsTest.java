package eu.praxis.project.ui;

import static eu.praxis.TestLogins.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.ViewTestSupport;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.organisation.OrganisationSummary;
import eu.praxis.project.PartnerRole;
import eu.praxis.project.ProjectAdministration;
import eu.praxis.project.ProjectDirectory;
import eu.praxis.project.ProjectDraft;
import eu.praxis.project.ProjectFilter;
import eu.praxis.project.ProjectListItem;
import eu.praxis.project.ProjectPartner;
import eu.praxis.project.ProjectStatus;
import eu.praxis.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The directory of projects, a project's page with its partner map, and the secretariat's editor. */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@WithAnonymousUser
class ProjectViewsTest extends ViewTestSupport {

    @Autowired
    ProjectAdministration administration;

    @Autowired
    ProjectDirectory directory;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TestPeople people;

    String token;
    long lead;
    long hostile;
    long projectId;
    TestPeople.Account member;
    TestPeople.Account secretary;

    @BeforeEach
    void createAProject() {
        token = UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        lead = as(
                0,
                Role.ADMIN,
                () -> organisations.register(
                        "City of Gdańsk " + token, OrganisationKind.CITY, "PL", "Gdańsk", LocalDate.of(2013, 1, 1)));
        hostile = as(
                0,
                Role.ADMIN,
                () -> organisations.register(
                        "<img src=x onerror=alert(1)> " + token,
                        OrganisationKind.CITY,
                        "PT",
                        "Lisbon",
                        LocalDate.of(2013, 1, 1)));
        projectId = as(
                0,
                Role.ADMIN,
                () -> administration.create(new ProjectDraft(
                        "SAFE-" + token,
                        "Safer streets " + token,
                        "Interreg Baltic",
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2027, 6, 30),
                        ProjectStatus.RUNNING,
                        "Cities of the Baltic compare street safety.",
                        "A *guidebook* will follow.",
                        "https://example.org/safe",
                        List.of(
                                new ProjectPartner(lead, PartnerRole.LEAD),
                                new ProjectPartner(hostile, PartnerRole.PILOT_CITY)),
                        Set.of(),
                        Set.of())));
        member = people.account(lead, Role.MEMBER);
        secretary = people.account(lead, Role.ADMIN);
    }

    @Test
    void a_member_finds_the_project_in_the_directory_and_sees_its_partners_on_the_map() {
        logInAs(member.email());
        navigate(ProjectDirectoryView.class);
        assertThat(rows()).extracting(ProjectListItem::id).contains(projectId);
        assertThat(find(Button.class)
                        .withAttribute("data-action", "new-project")
                        .exists())
                .as("the secretariat's")
                .isFalse();
        var country = find(ComboBox.class).withLabel(t("project.country")).single();
        test(country).selectItem(eu.praxis.organisation.Countries.name("PL", getLocaleOfUi()));
        assertThat(rows()).extracting(ProjectListItem::countries).allMatch(c -> c.contains("PL"));
        assertThat(rows()).extracting(ProjectListItem::id).contains(projectId);

        navigate("projects/" + projectId, ProjectView.class);
        var page = text(currentView());
        assertThat(page)
                .contains("SAFE-" + token, "Cities of the Baltic compare street safety.", t("project.role.LEAD"));
        var map = find(Html.class).all().stream()
                .map(h -> h.getInnerHtml())
                .filter(h -> h.contains("partner-dot"))
                .findFirst()
                .orElseThrow();
        assertThat(map).contains("partner-dot-lead").contains("maps/europe.svg");
        assertThat(map)
                .as("a partner's name is text, never markup")
                .doesNotContain("<img")
                .contains("&lt;img");
        assertThat(find(Button.class)
                        .withAttribute("data-action", "edit-project")
                        .exists())
                .isFalse();
    }

    @Test
    void the_secretariat_creates_a_project_and_a_refusal_keeps_what_was_typed() {
        logInAs(secretary.email());
        navigate(ProjectDirectoryView.class);
        test(find(Button.class).withAttribute("data-action", "new-project").single())
                .click();
        var dialog = find(ProjectEditorDialog.class).single();
        test(find(TextField.class).withLabel(t("project.acronym")).from(dialog).single())
                .setValue("NEW-" + token);
        test(find(TextField.class).withLabel(t("project.title")).from(dialog).single())
                .setValue("A new project");
        find(ComboBox.class)
                .withLabel(t("project.programme"))
                .from(dialog)
                .single()
                .setValue("Erasmus+");
        find(DatePicker.class)
                .withLabel(t("project.starts-on"))
                .from(dialog)
                .single()
                .setValue(LocalDate.of(2026, 1, 1));
        find(DatePicker.class)
                .withLabel(t("project.ends-on"))
                .from(dialog)
                .single()
                .setValue(LocalDate.of(2025, 1, 1));
        test(find(TextArea.class).withLabel(t("project.summary")).from(dialog).single())
                .setValue("What it does.");
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationSummary> organisation = find(ComboBox.class)
                .withLabel(t("project.partners.organisation"))
                .from(dialog)
                .single();
        organisation.setValue(organisation
                .getListDataView()
                .getItems()
                .filter(o -> o.id() == lead)
                .findFirst()
                .orElseThrow());
        test(find(Button.class).withAttribute("data-action", "save-project").single())
                .click();

        assertThat(notifications()).contains(t("project.error.dates"));
        assertThat(dialog.isOpened()).as("kept open, with what was typed").isTrue();

        find(DatePicker.class)
                .withLabel(t("project.ends-on"))
                .from(dialog)
                .single()
                .setValue(LocalDate.of(2027, 1, 1));
        test(find(Button.class).withAttribute("data-action", "save-project").single())
                .click();

        assertThat(currentView()).isInstanceOf(ProjectView.class);
        assertThat(text(currentView())).contains("NEW-" + token, "A new project");
        assertThat(as(0, Role.ADMIN, () -> directory.list(ProjectFilter.any())))
                .anySatisfy(p -> assertThat(p.acronym()).isEqualTo("NEW-" + token));
    }

    private java.util.Locale getLocaleOfUi() {
        return com.vaadin.flow.component.UI.getCurrent().getLocale();
    }

    private List<ProjectListItem> rows() {
        var grid = test(find(Grid.class).single(), ProjectListItem.class);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}
