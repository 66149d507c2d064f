package eu.praxis.security;

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
}
