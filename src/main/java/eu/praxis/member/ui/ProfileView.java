package eu.praxis.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonProfile;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page showing one profile; subclasses say whose and how the page is titled. */
abstract class ProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient MemberService members;
    private @Nullable PersonProfile profile;

    ProfileView(MemberService members) {
        this.members = members;
        addClassName("view");
    }

    abstract PersonProfile load(MemberService members, BeforeEnterEvent event);

    abstract String title(PersonProfile profile);

    /** What the page shows below the profile; nothing by default. */
    List<Component> moreSections(PersonProfile profile) {
        return List.of();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(load(members, event));
    }

    private void show(PersonProfile shown) {
        profile = shown;
        removeAll();
        add(new ViewToolbar(title(shown)), new ProfilePanel(members, shown, () -> show(members.profile(shown.id()))));
        moreSections(shown).forEach(this::add);
    }

    @Override
    public String getPageTitle() {
        return profile == null ? getTranslation("member.profile.title") : title(profile);
    }
}
