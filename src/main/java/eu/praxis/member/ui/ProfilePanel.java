package eu.praxis.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import eu.praxis.base.Languages;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.Toasts;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonProfile;
import eu.praxis.member.PersonStatus;
import eu.praxis.member.ProfileChange;
import eu.praxis.organisation.ui.OrganisationNavigation;
import eu.praxis.security.UiLanguage;

/**
 * A person's profile: who they are and where they work; on one's own profile also the forms to
 * change it and the password. Shared by the person page and the own-profile page.
 */
final class ProfilePanel extends VerticalLayout {

    private final transient MemberService members;
    private final PersonProfile profile;
    private final Runnable refresh;

    /** @param refresh shows the profile again after a change */
    ProfilePanel(MemberService members, PersonProfile profile, Runnable refresh) {
        this.members = members;
        this.profile = profile;
        this.refresh = refresh;
        setPadding(false);
        add(facts());
        if (profile.editable()) {
            add(
                    new H2(getTranslation("member.profile.edit")),
                    profileForm(),
                    new H2(getTranslation("member.password.title")),
                    passwordForm());
        }
    }

    private Component facts() {
        var facts = new DescriptionList();
        facts.addClassName("facts");
        if (profile.position() != null) {
            facts.add(new Term(getTranslation("common.position")), new Description(profile.position()));
        }
        facts.add(
                new Term(getTranslation("common.organisation")),
                new Description(OrganisationNavigation.linkTo(profile.organisationId(), profile.organisationName())));
        facts.add(
                new Term(getTranslation("common.email")),
                new Description(new Anchor("mailto:" + profile.email(), profile.email())));
        facts.add(
                new Term(getTranslation("common.language")),
                new Description(getTranslation("language." + profile.language().getLanguage())));
        if (profile.status() != PersonStatus.ACTIVE) {
            facts.add(
                    new Term(getTranslation("common.status")),
                    new Description(getTranslation("member.status." + profile.status())));
        }
        return facts;
    }

    private Component profileForm() {
        var binder = new Binder<>(ProfileChange.class);
        var name = PersonFields.name(binder, "name");
        var position = PersonFields.position(binder, "position");
        var language = PersonFields.language(binder, "language");
        binder.readRecord(new ProfileChange(profile.name(), profile.position(), Languages.closest(profile.language())));

        var save = new Button(getTranslation("common.save"), e -> save(binder));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new FormLayout(name, position, language, save);
        form.setMaxWidth("40rem");
        return form;
    }

    private void save(Binder<ProfileChange> binder) {
        try {
            var change = binder.writeRecord();
            members.updateMyProfile(change);
            if (!change.language().equals(Languages.closest(profile.language()))) {
                // The whole interface, the menu included, switches language.
                UiLanguage.choose(change.language());
                UI.getCurrent().getPage().reload();
                return;
            }
            Toasts.success(this, "member.profile.saved");
            refresh.run();
        } catch (ValidationException e) {
            // the fields say what is wrong
        } catch (UserFacingException e) {
            Toasts.refused(this, e);
        }
    }

    private Component passwordForm() {
        var form = new PasswordForm(true);
        var change = new Button(
                getTranslation("member.password.change"),
                e -> form.read().ifPresent(p -> {
                    try {
                        members.changeMyPassword(p.current(), p.password());
                        form.clear();
                        Toasts.success(this, "member.password.changed");
                    } catch (UserFacingException refused) {
                        Toasts.refused(this, refused);
                    }
                }));
        var section = new VerticalLayout(form, change);
        section.setPadding(false);
        return section;
    }
}
