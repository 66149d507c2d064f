package eu.praxis.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import eu.praxis.IntegrationTest;
import eu.praxis.ViewTestSupport;
import eu.praxis.content.ui.ReasonDialog;
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
import eu.praxis.practice.PracticeStatus;
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
 * Review before publication in the browser (issue 19, DD031), browserless: in a group whose lead reviews publications,
 * the author's "Publish" submits the case study; the lead finds it under Reviews, asks for changes with a
 * comment, which the author reads on the practice's page and in their list; submitted again, the lead redacts a name
 * and approves on the practice's page; a plain member then reads it without the name.
 */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@WithAnonymousUser
class PracticeReviewViewsTest extends ViewTestSupport {

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
    String member = "";
    String lead = "";
    long groupId;
    String title = "";
    long practice;

    @BeforeEach
    void aDraftInAGroupWithALead() {
        long[] group = {0};
        RunAs.secretariat(() -> {
            var slug = groupAdministration.create(new NewGroup(
                    unique("Practice reviews"), "A group for review view tests.", JoinPolicy.INVITE_ONLY, false));
            group[0] = groups.get(slug).id();
            var turin = organisationFixtures.city("IT", "Turin");
            var elsewhere = organisationFixtures.city();
            author = newMember(turin, group[0]).email();
            member = newMember(elsewhere, group[0]).email();
            var theLead = newMember(elsewhere, group[0]);
            groupAdministration.appointLead(group[0], theLead.id());
            lead = theLead.email();
        });
        groupId = group[0];
        title = unique("Helpline");
        logInAs(author);
        practice = practices.create(caseStudy(title, group[0], "Mario Bianchi answered the first call."));
    }

    @Test
    void a_lead_asks_for_changes_then_redacts_a_name_and_approves_and_a_member_reads_it_without_the_name() {
        logInAs(lead);
        groupAdministration.setReviewsPublications(groupId, true);

        logInAs(author);
        navigate("practices/" + practice, PracticeView.class);
        test(find(Button.class).id("publish")).click();
        assertThat(notifications()).contains(t("practice.review.submitted", title));
        assertThat(library.get(practice).status()).isEqualTo(PracticeStatus.SUBMITTED);
        assertThat(text(section("review"))).contains(t("practice.review.waiting"));
        assertThat(find(Button.class).withId("edit").exists()).isFalse();

        logInAs(lead);
        navigate("reviews", PracticeReviewView.class);
        assertThat(text(section("review-queue"))).contains(title);
        test(find(Button.class).withAttribute(ACTION, "request-changes").single())
                .click();
        find(TextArea.class).id(ReasonDialog.FIELD_ID).setValue("Leave out who answered.");
        test(find(Button.class)
                        .withAttribute(ACTION, ReasonDialog.CONFIRM_ACTION)
                        .single())
                .click();
        assertThat(notifications()).contains(t("practice.review.changes-requested", title));
        assertThat(text(section("review-queue"))).doesNotContain(title);

        logInAs(author);
        navigate("reviews", PracticeReviewView.class);
        assertThat(text(section("my-submissions")))
                .contains(title, t("practice.review.status.changes"), "Leave out who answered.");
        navigate("practices/" + practice, PracticeView.class);
        assertThat(text(section("review"))).contains("Leave out who answered.");
        test(find(Button.class).id("publish")).click();

        logInAs(lead);
        navigate("practices/" + practice, PracticeView.class);
        assertThat(find(Button.class).withAttribute(ACTION, "approve").exists()).isTrue();
        test(find(Button.class).withAttribute(ACTION, "redact-and-approve").single())
                .click();
        find(Dialog.class).withClassName("practice-redaction").single();
        @SuppressWarnings("unchecked")
        Select<RedactableField> field = find(Select.class).id("redact-field");
        field.setValue(RedactableField.BODY);
        find(TextArea.class).id("redact-passage").setValue("Mario Bianchi");
        find(TextArea.class).id("redact-reason").setValue("The name of a volunteer.");
        test(find(Button.class).withAttribute(ACTION, "redact").single()).click();
        assertThat(notifications()).contains(t("practice.review.approved", title));
        assertThat(currentView()).isInstanceOf(PracticeReviewView.class);

        logInAs(member);
        navigate("practices/" + practice, PracticeView.class);
        var page = text(find(PracticeContent.class).single());
        assertThat(page).contains(PracticeRedaction.MARKER).doesNotContain("Mario Bianchi");
        assertThat(find(Section.class).withId("review").exists()).isFalse();
    }

    @Test
    void a_plain_member_has_nothing_to_review() {
        logInAs(member);
        navigate("reviews", PracticeReviewView.class);
        assertThat(text(section("review-queue"))).contains(t("practice.review.queue.empty"));
        assertThat(text(section("my-submissions"))).contains(t("practice.review.mine.empty"));
    }

    private Component section(String id) {
        return find(Section.class).id(id);
    }

    private static PracticeDraft caseStudy(String title, long groupId, String body) {
        return new PracticeDraft(
                PracticeType.CASE_STUDY,
                title,
                "A helpline open at night.",
                "Turin",
                null,
                "en",
                LocalDate.of(2024, 1, 1),
                null,
                Set.of(),
                Set.of(groupId),
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                body);
    }

    private record Person(long id, String email) {}

    /** A new active member of the group who reads English. */
    private Person newMember(long organisationId, long groupId) {
        var email = "rv-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var id = members.registerActive(
                new NewPerson(organisationId, email, "Rae Reviewtest " + email, null, Role.MEMBER, Locale.ENGLISH),
                "view-test-password");
        groupMembership.addMember(groupId, id);
        return new Person(id, email);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
