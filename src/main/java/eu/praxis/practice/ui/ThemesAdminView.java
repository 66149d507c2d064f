package eu.praxis.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.practice.Theme;
import eu.praxis.practice.ThemeItem;
import eu.praxis.practice.ThemeService;
import eu.praxis.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The secretariat keeps the curated list of themes: adds, renames, and deactivates a theme
 * (which stays on the practices that have it but is no longer offered).
 */
@Route("admin/themes")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 83, icon = "vaadin:tags", title = "practice.themes.menu")
class ThemesAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient ThemeService themes;
    private final Grid<ThemeItem> grid = new Grid<>();

    ThemesAdminView(ThemeService themes) {
        this.themes = themes;
        addClassName("view");
        setSizeFull();
        var add = new Button(getTranslation("practice.themes.add"), e -> edit(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("add-theme");
        grid.addColumn(ThemeItem::nameEn)
                .setHeader(getTranslation("practice.themes.name-en"))
                .setAutoWidth(true);
        grid.addColumn(ThemeItem::nameFr)
                .setHeader(getTranslation("practice.themes.name-fr"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.active() ? "practice.themes.active" : "practice.themes.inactive"))
                .setHeader(getTranslation("common.status"));
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("common.actions"))
                .setAutoWidth(true);
        grid.setId("themes");
        add(new ViewToolbar(getPageTitle(), add), grid);
        refresh();
    }

    private Div actions(ThemeItem theme) {
        var rename = new Button(getTranslation("practice.themes.rename"), e -> edit(theme));
        var toggle = theme.active()
                ? new Button(
                        getTranslation("practice.themes.deactivate"),
                        e -> Actions.perform(
                                this,
                                () -> themes.deactivate(theme.id()),
                                this::refresh,
                                "practice.themes.deactivated",
                                theme.nameEn()))
                : new Button(
                        getTranslation("practice.themes.activate"),
                        e -> Actions.perform(
                                this,
                                () -> themes.activate(theme.id()),
                                this::refresh,
                                "practice.themes.activated",
                                theme.nameEn()));
        rename.addThemeVariants(ButtonVariant.SMALL);
        toggle.addThemeVariants(ButtonVariant.SMALL);
        return new Div(rename, toggle);
    }

    /** A new theme when {@code theme} is null, else the theme's names. The dialog stays open on a refusal. */
    private void edit(@Nullable ThemeItem theme) {
        var dialog = new Dialog(getTranslation(theme == null ? "practice.themes.add" : "practice.themes.rename"));
        var english = new TextField(getTranslation("practice.themes.name-en"));
        var french = new TextField(getTranslation("practice.themes.name-fr"));
        english.setMaxLength(Theme.NAME_MAX);
        french.setMaxLength(Theme.NAME_MAX);
        english.setRequired(true);
        french.setRequired(true);
        if (theme != null) {
            english.setValue(theme.nameEn());
            french.setValue(theme.nameFr());
        }
        var save = new Button(
                getTranslation("common.save"),
                e -> Actions.attempt(this, () -> {
                            if (theme == null) {
                                themes.create(english.getValue(), french.getValue());
                            } else {
                                themes.rename(theme.id(), english.getValue(), french.getValue());
                            }
                            return true;
                        })
                        .ifPresent(done -> {
                            dialog.close();
                            refresh();
                        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new FormLayout(english, french));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(themes.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.themes.title");
    }
}
