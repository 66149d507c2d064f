package eu.praxis.publication.ui;

import static eu.praxis.publication.PublicationFixtures.draft;
import static eu.praxis.publication.PublicationFixtures.edition;
import static eu.praxis.publication.PublicationFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.ViewTestSupport;
import eu.praxis.publication.PublicationAdministration;
import eu.praxis.publication.PublicationListItem;
import eu.praxis.publication.PublicationPaths;
import eu.praxis.publication.PublicationType;
import eu.praxis.publication.PublicationVisibility;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The library with its type filter, a publication's page with its other language and files, the editor. */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@WithAnonymousUser
class PublicationViewsTest extends ViewTestSupport {

    @Autowired
    PublicationAdministration administration;

    @Autowired
    TestPeople people;

    String token;
    long english;
    long french;
    long fileId;
    TestPeople.Account member;
    TestPeople.Account secretary;

    @BeforeEach
    void aGuidebookInTwoLanguages() {
        token = UUID.randomUUID().toString().substring(0, 8);
        member = people.account(Role.MEMBER);
        secretary = people.account(Role.ADMIN);
        var secretaryUser = eu.praxis.call.CallFixtures.person(people, secretary.organisationId(), Role.ADMIN);
        english = RunAs.as(
                secretaryUser,
                () -> administration.create(
                        draft("Safer nights " + token, "en", PublicationVisibility.PUBLIC, Set.of())));
        french = RunAs.as(
                secretaryUser,
                () -> administration.create(edition(
                        "Des nuits plus sûres " + token, "fr", PublicationVisibility.NETWORK, Set.of(), english)));
        fileId = RunAs.as(
                        secretaryUser,
                        () -> administration.attachFile(
                                english, new ByteArrayInputStream(pdf("Night mediators")), "safer-nights.pdf"))
                .id();
    }

    @Test
    void a_member_filters_the_library_by_type_and_reads_both_editions() {
        logInAs(member.email());
        navigate(PublicationLibraryView.class);
        assertThat(rows())
                .filteredOn(p -> p.id() == english)
                .singleElement()
                .satisfies(p -> assertThat(p.otherLanguages()).containsExactly("fr"));
        assertThat(find(Button.class)
                        .withAttribute("data-action", "new-publication")
                        .exists())
                .as("the secretariat's")
                .isFalse();
        @SuppressWarnings("unchecked")
        Select<PublicationType> type =
                find(Select.class).withId("publication-type-filter").single();
        type.setValue(PublicationType.REPORT);
        assertThat(rows()).extracting(PublicationListItem::id).doesNotContain(english, french);
        type.setValue(PublicationType.GUIDEBOOK);
        assertThat(rows()).extracting(PublicationListItem::id).contains(english, french);

        navigate(PublicationPaths.publication(english), PublicationView.class);
        assertThat(text(currentView())).contains("Safer nights " + token, "Des nuits plus sûres " + token);
        assertThat(find(Anchor.class)
                        .withAttribute("data-file", Long.toString(fileId))
                        .single()
                        .getHref())
                .isEqualTo("/" + PublicationPaths.file(fileId));
        assertThat(find(Button.class)
                        .withAttribute("data-action", "edit-publication")
                        .exists())
                .isFalse();

        navigate(PublicationPaths.publication(french), PublicationView.class);
        assertThat(text(currentView())).contains("Des nuits plus sûres " + token, "Safer nights " + token);
    }

    @Test
    void the_secretariat_publishes_and_a_refusal_keeps_the_editor_open() {
        logInAs(secretary.email());
        navigate(PublicationLibraryView.class);
        test(find(Button.class).withAttribute("data-action", "new-publication").single())
                .click();
        var dialog = find(PublicationEditorDialog.class).single();
        var title = find(TextField.class)
                .withLabel(t("publication.title"))
                .from(dialog)
                .single();
        test(find(Button.class).withAttribute("data-action", "save-publication").single())
                .click();
        assertThat(notifications()).contains(t("publication.error.title", 300));
        assertThat(dialog.isOpened()).isTrue();

        test(title).setValue("Annual report " + token);
        test(find(Button.class).withAttribute("data-action", "save-publication").single())
                .click();

        assertThat(currentView()).isInstanceOf(PublicationView.class);
        assertThat(text(currentView())).contains("Annual report " + token);
        assertThat(find(Button.class)
                        .withAttribute("data-action", "delete-publication")
                        .exists())
                .isTrue();
    }

    @Test
    void a_visitor_reads_the_public_page_without_its_members_only_edition() {
        navigate(PublicationPaths.publicPage(english), PublicPublicationView.class);
        assertThat(text(currentView())).contains("Safer nights " + token, "safer-nights.pdf");
        assertThat(text(currentView())).doesNotContain("Des nuits plus sûres " + token);

        navigate(PublicationPaths.publicPage(french), com.vaadin.flow.component.Component.class);
        assertThat(currentView().getClass().getSimpleName())
                .as("a publication for members only: to the login page")
                .isEqualTo("LoginView");
    }

    @Test
    void a_member_following_a_public_link_reads_the_members_page() {
        logInAs(member.email());
        navigate(PublicationPaths.publicPage(english), PublicationView.class);
        assertThat(text(currentView())).contains("Des nuits plus sûres " + token);
    }

    private List<PublicationListItem> rows() {
        var grid = test(find(Grid.class).single(), PublicationListItem.class);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}
