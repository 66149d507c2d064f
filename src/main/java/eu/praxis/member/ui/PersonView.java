package eu.praxis.member.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonProfile;
import jakarta.annotation.security.PermitAll;

/** A person's page; editable when it is the viewer's own. */
@Route("people/:" + PersonView.ID)
@PermitAll
class PersonView extends ProfileView {

    public static final String ID = "id";

    PersonView(MemberService members) {
        super(members);
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
