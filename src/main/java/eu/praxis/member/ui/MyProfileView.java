package eu.praxis.member.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonProfile;
import jakarta.annotation.security.PermitAll;

/** The logged-in person's own profile, reached from the user menu. */
@Route("profile")
@PermitAll
class MyProfileView extends ProfileView {

    MyProfileView(MemberService members) {
        super(members);
    }

    @Override
    PersonProfile load(MemberService members, BeforeEnterEvent event) {
        return members.myProfile();
    }

    @Override
    String title(PersonProfile profile) {
        return getTranslation("member.profile.title");
    }
}
