package eu.praxis.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonProfile;
import eu.praxis.security.ApiTokenService;
import eu.praxis.security.TwoFactorService;
import eu.praxis.security.ui.ApiTokensPanel;
import eu.praxis.security.ui.TwoFactorPanel;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The logged-in person's own profile, reached from the user menu, with their two-factor sign-in and API tokens. */
@Route("profile")
@PermitAll
class MyProfileView extends ProfileView {

    private final transient ApiTokenService tokens;
    private final transient TwoFactorService twoFactor;

    MyProfileView(MemberService members, ApiTokenService tokens, TwoFactorService twoFactor) {
        super(members);
        this.tokens = tokens;
        this.twoFactor = twoFactor;
    }

    @Override
    PersonProfile load(MemberService members, BeforeEnterEvent event) {
        return members.myProfile();
    }

    @Override
    List<Component> moreSections(PersonProfile profile) {
        return List.of(TwoFactorPanel.mine(twoFactor), ApiTokensPanel.mine(tokens));
    }

    @Override
    String title(PersonProfile profile) {
        return getTranslation("member.profile.title");
    }
}
