package eu.praxis.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import eu.praxis.IntegrationTest;
import eu.praxis.ViewTestSupport;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.member.MemberService;
import eu.praxis.member.NewPerson;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.practice.PracticeDraft;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.PracticeRedaction;
import eu.praxis.practice.PracticeType;
import eu.praxis.practice.RedactableField;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * A practice's page as a plain reader and as a lead (issue 19): the reader sees the version and the reasons of the
 * changes, never an older text; the lead redacts a passage, and is told clearly when it is not found. A practice
 * its author published in a members-only group, which the group's lead then corrected with a reason.
 */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@WithAnonymousUser
class PracticeRecordViewsTest extends ViewTestSupport {

    private static final String ACTION = "data-action";

    @Autowired
    PracticeEditing practices;

    @Autowired
    PracticeLibrary library;

    @Autowired
    OrganisationFixtures organisationFixtures;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    MemberService members;

    String author = "";
    String reader = "";
    String lead = "";
    String firstTitle = "";
    long practice;

    @BeforeEach
    void aPracticeThatTheLeadCorrected() {
        long[] group = {0};
        RunAs.secretariat(() -> {
            var slug = groupAdministration.create(new NewGroup(
                    unique("Practice records"), "A group for practice record tests.", JoinPolicy.INVITE_ONLY, false));
            group[0] = groups.get(slug).id();
            var turin = organisationFixtures.city("IT", "Turin");
            var elsewhere = organisationFixtures.city();
            author = newMember(turin, group[0]).email();
            reader = newMember(elsewhere, group[0]).email();
            var theLead = newMember(elsewhere, group[0]);
            groupAdministration.appointLead(group[0], theLead.id());
            lead = theLead.email();
        });
        firstTitle = unique("First helpline");
        logInAs(author);
        practice = practices.create(draft(firstTitle, group[0], "Call Anna Rossi at night."));
        practices.publish(practice);
        logInAs(lead);
        practices.update(
                practice, draft(unique("Helpline"), group[0], "Call the helpline at night."), null, "Took a name out.");
    }

    @Test
    void a_plain_reader_sees_the_version_and_the_reasons_but_no_older_text() {
        logInAs(reader);
        navigate("practices/" + practice, PracticeView.class);
        var details = library.get(practice);

        assertThat(find(Button.class).id("history").isVisible()).isTrue();
        assertThat(find(Button.class).withId("redact").exists()).isFalse();
        assertThat(text(find(PracticeContent.class).single()))
                .contains(t("practice.view.updated-version", ViewerTime.date(details.updatedAt()), 3));
        test(find(Button.class).id("history")).click();

        var dialog = find(Dialog.class).single();
        assertThat(dialog.getClassNames()).contains("practice-change-reasons");
        assertThat(find(HistoryDialog.class).exists()).isFalse();
        assertThat(text(dialog))
                .contains(t("practice.history.current", ViewerTime.date(details.updatedAt()), 3))
                .doesNotContain(firstTitle)
                .doesNotContain("Anna Rossi");
        var reasons = find(Grid.class).from(dialog).single();
        assertThat(test(reasons).size()).isEqualTo(1);
        assertThat(test(reasons).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(reasons).getCellText(0, 2)).isEqualTo("Took a name out.");
        test(reasons).clickRow(0);
        assertThat(find(Dialog.class).withClassName("practice-revision").exists())
                .isFalse();
    }

    @Test
    void a_lead_redacts_a_passage_of_an_older_version_and_is_told_when_it_is_not_there() {
        logInAs(lead);
        navigate("practices/" + practice, PracticeView.class);
        test(find(Button.class).id("redact")).click();
        var dialog = find(Dialog.class).withClassName("practice-redaction").single();
        assertThat(find(RadioButtonGroup.class).id("redact-target").getValue()).isEqualTo(RedactDialog.Target.PASSAGE);
        @SuppressWarnings("unchecked")
        Select<RedactableField> field = find(Select.class).id("redact-field");
        field.setValue(RedactableField.OBJECTIVES);
        find(TextArea.class).id("redact-passage").setValue("Mario Bianchi");
        find(TextArea.class).id("redact-reason").setValue("A victim's name.");
        var redact = find(Button.class).withAttribute(ACTION, "redact").single();

        test(redact).click();

        assertThat(notifications()).contains(t("practice.redaction.error.not-found"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(TextArea.class).id("redact-passage").getValue()).isEqualTo("Mario Bianchi");

        find(TextArea.class).id("redact-passage").setValue("Anna Rossi");
        test(redact).click();

        assertThat(notifications()).contains(t("practice.redaction.done", 2));
        assertThat(dialog.isOpened()).isFalse();
        var history = library.history(practice);
        assertThat(library.revision(practice, history.get(1).revisionNumber()).objectives())
                .isEqualTo("Call " + PracticeRedaction.MARKER + " at night.");
    }

    private static PracticeDraft draft(String title, long groupId, String objectives) {
        return new PracticeDraft(
                PracticeType.SHEET,
                title,
                "What the city did, in short.",
                "Turin",
                null,
                "en",
                LocalDate.of(2024, 1, 1),
                null,
                Set.of(),
                Set.of(groupId),
                false,
                objectives,
                "Mediators on the streets.",
                null,
                "Fewer complaints.",
                null,
                null,
                null);
    }

    private record Person(long id, String email) {}

    private Person newMember(long organisationId, long groupId) {
        var email = "pr-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var id = members.registerActive(
                new NewPerson(organisationId, email, "Rita Recordtest " + email, null, Role.MEMBER, Locale.ENGLISH),
                "view-test-password");
        groupMembership.addMember(groupId, id);
        return new Person(id, email);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
