package eu.praxis.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.ViewTestSupport;
import eu.praxis.group.GroupFixtures;
import eu.praxis.group.JoinPolicy;
import eu.praxis.practice.ImportFileBuilder;
import eu.praxis.practice.ImportReport;
import eu.praxis.security.Role;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The secretariat uploads a file, the page polls until the background import is done, then shows the report. */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
class PracticeImportViewTest extends ViewTestSupport {

    @Autowired
    TestPeople people;

    @Autowired
    GroupFixtures groups;

    @Test
    @WithAnonymousUser
    void an_uploaded_file_is_imported_in_the_background_and_the_refused_rows_are_listed_with_their_reason()
            throws Exception {
        var author = people.account(Role.MEMBER);
        var group = groups.group("Imports", JoinPolicy.OPEN, true);
        logInAs(people.account(Role.ADMIN).email());
        navigate(PracticeImportView.class);
        var file = new ImportFileBuilder(author.email(), group.slug())
                .sheet()
                .sheet("themes", List.of("no-such-theme"))
                .sheet();

        test(find(Upload.class).single())
                .upload("library.json", "application/json", file.json().readAllBytes());

        var bar = find(ProgressBar.class).single();
        assertThat(bar.isVisible()).isTrue();
        var ui = UI.getCurrent();
        // The browser polls while the import runs; here the test sends the polls.
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
            return ui.getPollInterval() == -1;
        });
        assertThat(bar.getValue()).isEqualTo(1.0);
        assertThat(text(find(com.vaadin.flow.component.html.Div.class)
                        .withAttribute("data-testid", "import-counts")
                        .single()))
                .contains(t("import.count.created", 2), t("import.count.refused", 1));
        @SuppressWarnings("unchecked")
        Grid<ImportReport.Refusal> grid = find(Grid.class).single();
        var refused = test(grid);
        assertThat(refused.size()).isEqualTo(1);
        assertThat(refused.getCellText(0, 0)).isEqualTo("2");
        assertThat(refused.getCellText(0, 1)).isEqualTo(file.externalId(2));
        assertThat(refused.getCellText(0, 2)).isEqualTo("themes");
        assertThat(refused.getCellText(0, 3)).isEqualTo(t("import.error.theme-unknown", "no-such-theme"));
    }
}
