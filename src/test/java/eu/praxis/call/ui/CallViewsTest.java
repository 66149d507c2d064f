package eu.praxis.call.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.TestPeople;
import eu.praxis.ViewTestSupport;
import eu.praxis.call.AnswerItem;
import eu.praxis.call.AnswerStatus;
import eu.praxis.call.CallAdministration;
import eu.praxis.call.CallDraft;
import eu.praxis.call.CallKind;
import eu.praxis.call.CallListItem;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.project.PartnerRole;
import eu.praxis.project.ProjectAdministration;
import eu.praxis.project.ProjectDraft;
import eu.praxis.project.ProjectPartner;
import eu.praxis.project.ProjectStatus;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The directory of calls, a call's page with the answer form, the secretariat's answers grid and editor. */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@WithAnonymousUser
class CallViewsTest extends ViewTestSupport {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    @Autowired
    CallAdministration administration;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TestPeople people;

    @Autowired
    TestClock clock;

    @Autowired
    ProjectAdministration projects;

    String token;
    long callId;
    String cityName;
    long cityId;
    TestPeople.Account member;
    TestPeople.Account secretary;

    @BeforeEach
    void createACall() {
        token = UUID.randomUUID().toString().substring(0, 8);
        cityName = "City of Porto " + token;
        var city = RunAs.person(
                0,
                Role.ADMIN,
                () -> organisations.register(cityName, OrganisationKind.CITY, "PT", "Porto", LocalDate.of(2013, 1, 1)));
        callId = RunAs.person(
                0,
                Role.ADMIN,
                () -> administration.create(new CallDraft(
                        CallKind.EXPERTS,
                        "Experts wanted " + token,
                        "We look for *experts* in night mediation.",
                        "Officials of member cities.",
                        LocalDateTime.now(LISBON).plusDays(10),
                        LISBON,
                        null,
                        Set.of(),
                        Set.of())));
        cityId = city;
        member = people.account(city, Role.MEMBER);
        secretary = people.account(city, Role.ADMIN);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_member_answers_from_the_call_page_and_a_refusal_keeps_what_was_typed() {
        logInAs(member.email());
        navigate(CallDirectoryView.class);
        assertThat(rows())
                .filteredOn(c -> c.id() == callId)
                .singleElement()
                .satisfies(c -> assertThat(c.open()).isTrue());
        assertThat(find(Button.class).withAttribute("data-action", "new-call").exists())
                .as("the secretariat's")
                .isFalse();

        navigate("calls/" + callId, CallView.class);
        assertThat(text(currentView())).contains("Experts wanted " + token, "Officials of member cities.");
        var motivation =
                find(TextArea.class).withLabel(t("call.answer.motivation")).single();
        test(motivation).setValue("   ");
        test(find(Button.class).withAttribute("data-action", "send-answer").single())
                .click();
        assertThat(notifications()).contains(t("call.error.motivation", 2000));

        test(motivation).setValue("Porto runs night mediation since 2018.");
        test(find(Button.class).withAttribute("data-action", "send-answer").single())
                .click();

        assertThat(text(currentView()))
                .contains("Porto runs night mediation since 2018.", t("call.answer.status.RECEIVED"));
        assertThat(find(Button.class)
                        .withAttribute("data-action", "withdraw-answer")
                        .exists())
                .isTrue();
        assertThat(find(Button.class).withAttribute("data-action", "edit-call").exists())
                .isFalse();

        test(find(Button.class).withAttribute("data-action", "withdraw-answer").single())
                .click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(find(TextArea.class).withLabel(t("call.answer.motivation")).exists())
                .as("the form again")
                .isTrue();
    }

    @Test
    void an_answer_sent_after_the_deadline_is_refused_and_the_text_stays() {
        logInAs(member.email());
        navigate("calls/" + callId, CallView.class);
        var motivation =
                find(TextArea.class).withLabel(t("call.answer.motivation")).single();
        test(motivation).setValue("Written slowly.");

        clock.advance(Duration.ofDays(11));
        test(find(Button.class).withAttribute("data-action", "send-answer").single())
                .click();

        assertThat(notifications()).contains(t("call.error.closed"));
        assertThat(motivation.getValue()).isEqualTo("Written slowly.");
    }

    @Test
    void the_secretariat_shortlists_an_answer_in_the_grid_and_may_export_them() {
        logInAs(member.email());
        navigate("calls/" + callId, CallView.class);
        test(find(TextArea.class).withLabel(t("call.answer.motivation")).single())
                .setValue("We are in.");
        test(find(Button.class).withAttribute("data-action", "send-answer").single())
                .click();

        logInAs(secretary.email());
        navigate("calls/" + callId, CallView.class);
        var answers = answers();
        assertThat(answers).extracting(AnswerItem::organisationName).containsExactly(cityName);
        assertThat(find(Anchor.class).withId("export-answers").exists()).isTrue();

        // the grid's cells are rendered for the client only: the tester renders the row's
        var decisions = test(find(Grid.class).single(), AnswerItem.class).getCellComponent(0, 6);
        decisions
                .getChildren()
                .map(Button.class::cast)
                .filter(b -> "SHORTLISTED".equals(b.getElement().getAttribute("data-decision")))
                .findFirst()
                .orElseThrow()
                .click();

        assertThat(answers()).extracting(AnswerItem::status).containsExactly(AnswerStatus.SHORTLISTED);
        assertThat(notifications()).contains(t("call.answers.decided", cityName));
    }

    @Test
    void a_member_keeps_a_draft_which_the_secretariat_does_not_see() {
        logInAs(member.email());
        navigate("calls/" + callId, CallView.class);
        test(find(TextArea.class).withLabel(t("call.answer.motivation")).single())
                .setValue("Thinking about it.");
        test(find(Button.class).withAttribute("data-action", "save-draft").single())
                .click();

        assertThat(notifications()).contains(t("call.answer.draft-saved"));
        assertThat(find(TextArea.class)
                        .withLabel(t("call.answer.motivation"))
                        .single()
                        .getValue())
                .isEqualTo("Thinking about it.");
        assertThat(find(Upload.class).withId("letter-upload").exists())
                .as("a draft takes the letter")
                .isTrue();
        assertThat(find(Button.class)
                        .withAttribute("data-action", "withdraw-answer")
                        .single()
                        .getText())
                .isEqualTo(t("call.answer.discard"));

        logInAs(secretary.email());
        navigate("calls/" + callId, CallView.class);
        assertThat(answers()).isEmpty();
    }

    @Test
    void a_projects_page_lists_its_calls() {
        var acronym = "VIEW-" + token.toUpperCase(java.util.Locale.ROOT);
        var projectId = RunAs.person(
                0,
                Role.ADMIN,
                () -> projects.create(new ProjectDraft(
                        acronym,
                        "Safer night transport",
                        "Interreg Europe",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2028, 12, 31),
                        ProjectStatus.IN_PREPARATION,
                        "Cities test safer night buses.",
                        "",
                        null,
                        java.util.List.of(new ProjectPartner(cityId, PartnerRole.LEAD)),
                        Set.of(),
                        Set.of())));
        RunAs.person(
                0,
                Role.ADMIN,
                () -> administration.create(new CallDraft(
                        CallKind.PARTNERS,
                        "Partners for " + acronym,
                        "Partner cities wanted.",
                        "",
                        LocalDateTime.now(LISBON).plusDays(10),
                        LISBON,
                        projectId,
                        Set.of(),
                        Set.of())));

        logInAs(member.email());
        navigate("projects/" + projectId, Component.class);

        assertThat(find(RouterLink.class).withText("Partners for " + acronym).exists())
                .isTrue();
        assertThat(find(RouterLink.class).withText("Experts wanted " + token).exists())
                .as("another project's or no project's call")
                .isFalse();
    }

    @Test
    void the_secretariat_edits_a_call_and_a_refusal_keeps_the_editor_open() {
        logInAs(secretary.email());
        navigate("calls/" + callId, CallView.class);
        test(find(Button.class).withAttribute("data-action", "edit-call").single())
                .click();
        var dialog = find(CallEditorDialog.class).single();
        var title =
                find(TextField.class).withLabel(t("call.title")).from(dialog).single();
        test(title).setValue(" ");
        test(find(Button.class).withAttribute("data-action", "save-call").single())
                .click();

        assertThat(notifications()).contains(t("call.error.title", 300));
        assertThat(dialog.isOpened()).isTrue();

        test(title).setValue("Experts still wanted " + token);
        test(find(Button.class).withAttribute("data-action", "save-call").single())
                .click();

        assertThat(text(currentView())).contains("Experts still wanted " + token);
    }

    private List<CallListItem> rows() {
        var grid = test(find(Grid.class).single(), CallListItem.class);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private List<AnswerItem> answers() {
        var grid = test(find(Grid.class).single(), AnswerItem.class);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}
