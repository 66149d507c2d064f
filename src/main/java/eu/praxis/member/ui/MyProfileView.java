package eu.praxis.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonProfile;
import eu.praxis.security.ApiTokenService;
import eu.praxis.security.ui.ApiTokensPanel;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The logged-in person's own profile, reached from the user menu, with their API tokens. */
@Route("profile")
@PermitAll
class MyProfileView extends ProfileView {

    private final transient ApiTokenService tokens;

    MyProfileView(MemberService members, ApiTokenService tokens) {
        super(members);
        this.tokens = tokens;
    }

    @Override
    PersonProfile load(MemberService members, BeforeEnterEvent event) {
        return members.myProfile();
    }

    @Override
    List<Component> moreSections(PersonProfile profile) {
        return List.of(ApiTokensPanel.mine(tokens));
    }

    @Override
    String title(PersonProfile profile) {
        return getTranslation("member.profile.title");
    }
}
