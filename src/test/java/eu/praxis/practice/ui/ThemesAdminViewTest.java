package eu.praxis.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import eu.praxis.IntegrationTest;
import eu.praxis.ViewTestSupport;
import eu.praxis.WithNewPerson;
import eu.praxis.practice.ThemeItem;
import eu.praxis.practice.ThemeService;
import eu.praxis.security.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The secretariat edits the curated list of themes (members are refused the page: see ShellTest). */
@IntegrationTest
@ViewPackages(packages = "eu.praxis")
class ThemesAdminViewTest extends ViewTestSupport {

    @Autowired
    ThemeService themes;

    @Test
    @WithNewPerson(Role.ADMIN)
    void the_secretariat_adds_a_theme_and_deactivates_it() {
        var name = "Port security " + UUID.randomUUID().toString().substring(0, 6);
        navigate(ThemesAdminView.class);

        test(find(Button.class).withId("add-theme").single()).click();
        var dialog = find(Dialog.class).single();
        var fields = find(TextField.class, dialog).all();
        test(fields.get(0)).setValue(name);
        test(fields.get(1)).setValue("Sécurité portuaire " + name.substring(name.length() - 6));
        test(find(Button.class, dialog).withText(t("common.save")).single()).click();

        var created = themes.all().stream()
                .filter(t -> t.nameEn().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(created.active()).isTrue();
        assertThat(themes.list()).extracting(ThemeItem::id).contains(created.id());

        themes.deactivate(created.id());
        assertThat(themes.list())
                .as("no longer offered")
                .extracting(ThemeItem::id)
                .doesNotContain(created.id());
    }

    @Test
    @WithNewPerson(Role.ADMIN)
    void an_empty_name_is_refused_and_the_dialog_stays_open() {
        navigate(ThemesAdminView.class);
        var before = themes.all().size();

        test(find(Button.class).withId("add-theme").single()).click();
        var dialog = find(Dialog.class).single();
        test(find(Button.class, dialog).withText(t("common.save")).single()).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(notifications()).contains(t("practice.theme.error.name", 100));
        assertThat(themes.all()).hasSize(before);
    }
}
