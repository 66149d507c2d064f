package eu.praxis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import eu.praxis.IntegrationTest;
import eu.praxis.ViewTestSupport;
import eu.praxis.WithNewPerson;
import eu.praxis.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The frame around the views: the menu by role, and error pages instead of exceptions. */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
class ShellTest extends ViewTestSupport {

    @Test
    @WithNewPerson(language = "fr")
    void a_member_opening_an_admin_page_is_told_access_is_denied() {
        for (var adminPage : List.of("admin/people", "admin/applications", "admin/themes", "admin/import")) {
            var denied = navigate(adminPage, ErrorView.AccessDenied.class);

            assertThat(find(H2.class, denied).single().getText())
                    .as(adminPage)
                    .isEqualTo(t("error.access-denied.title"));
            assertThat(find(Paragraph.class, denied).single().getText()).isEqualTo(t("error.access-denied"));
        }
    }

    @Test
    @WithNewPerson(Role.ADMIN)
    void the_secretariat_opens_the_admin_pages() {
        navigate("admin/people", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ErrorView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo(t("member.admin.title"));

        navigate("admin/applications", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ErrorView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo(t("application.admin.title"));
    }

    @Test
    @WithNewPerson(language = "fr")
    void a_member_has_no_admin_entries_in_the_menu() {
        assertThat(menu())
                .contains(t("group.home.menu"), t("group.menu"), t("organisation.menu"))
                .doesNotContain(t("member.admin.menu"), t("application.admin.menu"));
    }

    @Test
    @WithNewPerson(Role.ADMIN)
    void the_secretariat_has_the_admin_entries_in_the_menu() {
        assertThat(menu()).contains(t("group.home.menu"), t("member.admin.menu"), t("application.admin.menu"));
    }

    @Test
    @WithNewPerson(language = "fr")
    void an_unknown_group_or_page_shows_the_not_found_page() {
        var unknownGroup = navigate("groups/no-such-group", ErrorView.ContentNotFound.class);
        assertThat(find(Paragraph.class, unknownGroup).single().getText()).isEqualTo(t("error.not-found"));

        var unknownPage = navigate("no/such/page", ErrorView.RouteNotFound.class);
        assertThat(find(H2.class, unknownPage).single().getText()).isEqualTo(t("error.not-found.title"));
    }

    private List<String> menu() {
        return find(SideNav.class).single().getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
