package eu.praxis.security;

import java.util.Optional;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The account lookup behind login, implemented by {@code member}. The lookup by person id serves API
 * tokens, which name their owner by id: it must build the account exactly as the login does, so that the
 * same status checks (disabled person, suspended organisation) refuse a token as they refuse a login.
 */
public interface PersonAccounts extends UserDetailsService {

    /** @throws UsernameNotFoundException if there is no such person, or they have never set a password */
    UserDetails loadUserByPersonId(long personId);

    /**
     * The person's account as a login would build it, if they may log in now: none for an unknown person, one
     * without a password, a disabled person or a suspended organisation's. For credentials that stand in for
     * a login (API tokens, calendar feed addresses).
     */
    default Optional<PraxisUser> activeAccount(long personId) {
        try {
            var user = (PraxisUser) loadUserByPersonId(personId);
            new AccountStatusUserDetailsChecker().check(user);
            user.eraseCredentials();
            return Optional.of(user);
        } catch (UsernameNotFoundException | AccountStatusException e) {
            return Optional.empty();
        }
    }
}
