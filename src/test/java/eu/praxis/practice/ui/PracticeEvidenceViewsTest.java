package eu.praxis.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.IntegrationTest;
import eu.praxis.ViewTestSupport;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.member.MemberService;
import eu.praxis.member.NewPerson;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.practice.EvidenceLevel;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeFixtures;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * Evidence and citable versions in the browserless views (issue 19, parts 4 and 5; DD032): the author writes the
 * criteria in the editor and the page summarises those written; a lead sets the evidence level, the author is not
 * offered to; the page cites its version; a version's address shows the older text to the author and the current
 * one to a reader.
 */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@WithAnonymousUser
class PracticeEvidenceViewsTest extends ViewTestSupport {

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

    long groupId;
    String author = "";
    String lead = "";
    String reader = "";

    @BeforeEach
    void aGroupWithAnAuthorALeadAndAReader() {
        RunAs.secretariat(() -> {
            var slug = groupAdministration.create(new NewGroup(
                    unique("Evidence views"), "A group for evidence view tests.", JoinPolicy.INVITE_ONLY, false));
            groupId = groups.get(slug).id();
            var elsewhere = organisationFixtures.city();
            var authorId = newMember(organisationFixtures.city());
            var leadId = newMember(elsewhere);
            var readerId = newMember(elsewhere);
            groupMembership.addMember(groupId, authorId);
            groupAdministration.appointLead(groupId, leadId);
            groupMembership.addMember(groupId, readerId);
            author = email(authorId);
            lead = email(leadId);
            reader = email(readerId);
        });
    }

    @Test
    void the_author_writes_criteria_in_the_editor_and_the_page_shows_those_written_and_cites_the_version() {
        logInAs(author);
        var id = published(unique("Night mediators"));
        navigate("practices/" + id + "/edit", PracticeEditorView.class);

        find(TextArea.class).id("evidence-problem").setValue("Complaints doubled in two summers.");
        find(TextArea.class).id("evidence-outcomes").setValue("A third fewer complaints.");
        test(find(Button.class).id("save")).click();

        navigate("practices/" + id, PracticeView.class);
        var summary = text(find(Component.class).id("evidence-summary"));
        assertThat(summary)
                .contains(t("practice.evidence.problem"), "Complaints doubled in two summers.")
                .contains(t("practice.evidence.outcomes"), "A third fewer complaints.")
                .doesNotContain(t("practice.evidence.design"), t("practice.evidence.transferability"));
        assertThat(text(find(Component.class).id("evidence-level"))).isEqualTo(t("practice.evidence-level.none"));
        assertThat(find(Button.class).withId("set-evidence-level").exists()).isFalse();
        var current = library.get(id);
        assertThat(text(find(Component.class).id("citation-apa")))
                .isEqualTo(current.citation().apa())
                .contains("(version " + current.versionNumber() + ")", "/practices/" + id + "/v/3");
        assertThat(text(find(Component.class).id("citation-bibtex"))).contains("version = {3},");
        test(find(Button.class).id("citation-apa-copy")).click();
        assertThat(notifications()).contains(t("practice.citation.copied"));
    }

    @Test
    void a_lead_sets_the_evidence_level_which_the_page_then_shows() {
        logInAs(author);
        var id = published(unique("Street lighting"));

        logInAs(lead);
        navigate("practices/" + id, PracticeView.class);
        test(find(Button.class).id("set-evidence-level")).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> choice = find(RadioButtonGroup.class).id("evidence-level-choice");
        assertThat(choice.getValue()).isEqualTo("none");
        choice.setValue(EvidenceLevel.EVALUATED_WITH_COMPARISON.code());
        test(find(Button.class)
                        .withAttribute("data-action", "save-evidence-level")
                        .single())
                .click();

        assertThat(notifications()).contains(t("practice.evidence-level.saved"));
        assertThat(library.get(id).evidenceLevel()).isEqualTo(EvidenceLevel.EVALUATED_WITH_COMPARISON);
        assertThat(text(find(Component.class).id("evidence-level")))
                .isEqualTo(t("practice.evidence-level.evaluated-with-comparison"));
    }

    @Test
    void a_versions_address_shows_the_older_text_to_the_author_and_the_current_one_to_a_reader() {
        logInAs(author);
        var first = unique("First title");
        var id = published(first);
        navigate("practices/" + id + "/edit", PracticeEditorView.class);
        var second = unique("Second title");
        find(TextField.class).id("title").setValue(second);
        test(find(Button.class).id("save")).click();

        navigate("practices/" + id + "/v/2", PracticeVersionView.class);
        assertThat(text(find(PracticeContent.class).single()))
                .contains("(version 2)")
                .doesNotContain(second);
        assertThat(text(find(Component.class).id("version-note"))).isEqualTo(t("practice.version.older", 2, 3));
        assertThat(text(find(Component.class).id("citation-apa"))).contains(first + " (version 2)", "/v/2");

        logInAs(reader);
        navigate("practices/" + id + "/v/2", PracticeVersionView.class);
        assertThat(text(find(PracticeContent.class).single())).contains(second).doesNotContain(first);
        assertThat(text(find(Component.class).id("version-note"))).isEqualTo(t("practice.version.current", 2, 3));

        var slug = library.get(id).slug();
        navigate("practices/" + id + "/v/3", PracticeView.class);
        assertThat(currentPath()).isEqualTo("practices/" + id + "/" + slug);
        for (var unknown : java.util.List.of("4", "0", "x")) {
            var page = navigate("practices/" + id + "/v/" + unknown, Component.class);
            assertThat(text(page)).as(unknown).contains(t("error.not-found")).doesNotContain(first);
        }
    }

    /** Created and published as the logged-in author: versions 1 (draft) and 2 (published). */
    private long published(String title) {
        var id = practices.create(PracticeFixtures.sheet(title, Set.of(), Set.of(groupId), false));
        practices.publish(id);
        return id;
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private long newMember(long organisationId) {
        var email = "ev-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        return members.registerActive(
                new NewPerson(organisationId, email, "Eva Viewtest " + email, null, Role.MEMBER, Locale.ENGLISH),
                "view-test-password");
    }

    private String email(long personId) {
        return members.summaries(Set.of(personId)).get(personId).email();
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
