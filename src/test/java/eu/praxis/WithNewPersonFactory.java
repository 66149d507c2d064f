package eu.praxis;

import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/** Creates the person of {@link WithNewPerson} and logs them in, as {@code @WithUserDetails} would. */
final class WithNewPersonFactory implements WithSecurityContextFactory<WithNewPerson> {

    private final TestPeople people;
    private final UserDetailsService accounts;

    WithNewPersonFactory(TestPeople people, UserDetailsService accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    @Override
    public SecurityContext createSecurityContext(WithNewPerson annotation) {
        var account = people.account(annotation.value(), Locale.forLanguageTag(annotation.language()));
        var user = accounts.loadUserByUsername(account.email());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return context;
    }
}
