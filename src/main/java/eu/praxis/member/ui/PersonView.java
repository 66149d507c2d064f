package eu.praxis.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonProfile;
import eu.praxis.security.ApiTokenService;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.TwoFactorService;
import eu.praxis.security.ui.ApiTokensPanel;
import eu.praxis.security.ui.TwoFactorPanel;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * A person's page; editable when it is the viewer's own; for the secretariat, with the person's two-factor sign-in
 * (to reset it) and API tokens.
 */
@Route("people/:" + PersonView.ID)
@PermitAll
class PersonView extends ProfileView {

    public static final String ID = "id";

    private final transient ApiTokenService tokens;
    private final transient TwoFactorService twoFactor;

    PersonView(MemberService members, ApiTokenService tokens, TwoFactorService twoFactor) {
        super(members);
        this.tokens = tokens;
        this.twoFactor = twoFactor;
    }

    @Override
    List<Component> moreSections(PersonProfile profile) {
        var admin = CurrentUser.get().filter(PraxisUser::isAdmin).isPresent();
        return admin && !profile.editable()
                ? List.of(
                        TwoFactorPanel.ofPerson(twoFactor, profile.id()), ApiTokensPanel.ofPerson(tokens, profile.id()))
                : List.of();
    }

    @Override
    PersonProfile load(MemberService members, BeforeEnterEvent event) {
        var id = RouteIds.require(event.getRouteParameters(), ID);
        return members.profile(id);
    }

    @Override
    String title(PersonProfile profile) {
        return profile.name();
    }
}
