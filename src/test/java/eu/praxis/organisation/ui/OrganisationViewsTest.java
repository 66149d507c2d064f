package eu.praxis.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import eu.praxis.IntegrationTest;
import eu.praxis.ViewTestSupport;
import eu.praxis.demo.DemoAccounts;
import eu.praxis.organisation.Countries;
import eu.praxis.organisation.OrganisationFilter;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.organisation.OrganisationSummary;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The directory and an organisation's page, as the demo member (who reads French) sees them. */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@WithUserDetails(DemoAccounts.MEMBER)
class OrganisationViewsTest extends ViewTestSupport {

    @Autowired
    OrganisationService organisationService;

    @Test
    void the_directory_filters_by_country() {
        navigate(OrganisationDirectoryView.class);
        assertThat(names()).contains("City of Liège", "City of Nice");

        var country = find(ComboBox.class).withLabel(t("common.country")).single();
        test(country).selectItem(Countries.name("BE", UI.getCurrent().getLocale()));

        assertThat(names())
                .contains("City of Liège", "City of Leuven", "Brussels-Capital Region")
                .doesNotContain("City of Nice");
        assertThat(rows()).extracting(OrganisationSummary::country).containsOnly("BE");
    }

    @Test
    void an_organisation_page_lists_its_people_and_their_groups() {
        var liege = organisationService
                .find(new OrganisationFilter(null, null, null, "City of Liège"), PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id();

        navigate("organisations/" + liege, OrganisationView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("City of Liège");
        assertThat(text(section("member.organisation-people.title")))
                .contains("Julien Lambert", "Urban safety coordinator", "Nathalie Renard");
        // Nathalie Renard is in Drugs & harm reduction; nobody of Liège is in the invite-only group.
        assertThat(text(section("group.organisation.title")))
                .contains("Drugs & harm reduction")
                .doesNotContain("Organised crime");
    }

    private Component section(String titleKey) {
        var title = find(H2.class).withText(t(titleKey)).single();
        return title.getParent().orElseThrow();
    }

    private List<OrganisationSummary> rows() {
        var grid = test(find(Grid.class).single(), OrganisationSummary.class);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private List<String> names() {
        return rows().stream().map(OrganisationSummary::name).toList();
    }
}
