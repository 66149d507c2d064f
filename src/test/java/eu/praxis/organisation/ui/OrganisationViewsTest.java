package eu.praxis.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.ViewTestSupport;
import eu.praxis.WithNewPerson;
import eu.praxis.group.GroupFixtures;
import eu.praxis.group.JoinPolicy;
import eu.praxis.organisation.Countries;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationSummary;
import eu.praxis.security.Role;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The directory and an organisation's page, as a member who reads French sees them. */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
@WithNewPerson(language = "fr")
class OrganisationViewsTest extends ViewTestSupport {

    @Autowired
    OrganisationFixtures organisations;

    @Autowired
    TestPeople people;

    @Autowired
    GroupFixtures groups;

    @Test
    void the_directory_filters_by_country() {
        // organisations of this test only (the name filter), in two countries
        var suffix = OrganisationFixtures.unique();
        var liege = "City of Liège " + suffix;
        var leuven = "City of Leuven " + suffix;
        var brussels = "Brussels-Capital Region " + suffix;
        var nice = "City of Nice " + suffix;
        organisations.named(liege, OrganisationKind.CITY, "BE", "Liège");
        organisations.named(leuven, OrganisationKind.CITY, "BE", "Leuven");
        organisations.named(brussels, OrganisationKind.REGION, "BE", "Brussels");
        organisations.named(nice, OrganisationKind.CITY, "FR", "Nice");
        navigate(OrganisationDirectoryView.class);
        test(find(TextField.class).withLabel(t("common.name")).single()).setValue(suffix);
        assertThat(names()).containsExactlyInAnyOrder(liege, leuven, brussels, nice);

        var country = find(ComboBox.class).withLabel(t("common.country")).single();
        test(country).selectItem(Countries.name("BE", UI.getCurrent().getLocale()));

        assertThat(names()).contains(liege, leuven, brussels).doesNotContain(nice);
        assertThat(rows()).extracting(OrganisationSummary::country).containsOnly("BE");
    }

    @Test
    void an_organisation_page_lists_its_people_and_their_groups() {
        var liegeName = "City of Liège " + OrganisationFixtures.unique();
        var liege = organisations.named(liegeName, OrganisationKind.CITY, "Liège");
        var suffix = OrganisationFixtures.unique();
        var julien = people.account(
                liege,
                Role.MEMBER,
                Locale.FRENCH,
                "julien-" + suffix + "@test.example",
                "Julien Lambert " + suffix,
                "Urban safety coordinator");
        var nathalie = people.account(
                liege,
                Role.MEMBER,
                Locale.FRENCH,
                "nathalie-" + suffix + "@test.example",
                "Nathalie Renard " + suffix,
                "Drug policy officer");
        var drugs = groups.group("Drugs & harm reduction", JoinPolicy.ON_REQUEST, true);
        groups.members(drugs.id(), nathalie.id());
        var organisedCrime = groups.group("Organised crime", JoinPolicy.INVITE_ONLY, false);
        groups.members(organisedCrime.id(), people.person(Role.MEMBER));

        navigate("organisations/" + liege, OrganisationView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo(liegeName);
        assertThat(text(section("member.organisation-people.title")))
                .contains(julien.name(), "Urban safety coordinator", nathalie.name());
        // Nathalie is in the drugs group; nobody of the organisation is in the invite-only group.
        assertThat(text(section("group.organisation.title")))
                .contains(drugs.name())
                .doesNotContain(organisedCrime.name());
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
