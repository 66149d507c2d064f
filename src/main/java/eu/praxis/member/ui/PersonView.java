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
import eu.praxis.security.ui.ApiTokensPanel;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** A person's page; editable when it is the viewer's own; for the secretariat, with the person's API tokens. */
@Route("people/:" + PersonView.ID)
@PermitAll
class PersonView extends ProfileView {

    public static final String ID = "id";

    private final transient ApiTokenService tokens;

    PersonView(MemberService members, ApiTokenService tokens) {
        super(members);
        this.tokens = tokens;
    }

    @Override
    List<Component> moreSections(PersonProfile profile) {
        var admin = CurrentUser.get().filter(PraxisUser::isAdmin).isPresent();
        return admin && !profile.editable() ? List.of(ApiTokensPanel.ofPerson(tokens, profile.id())) : List.of();
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
