/**
 * Authentication and the current user: the filter chain, password encoding, login throttling,
 * global roles and the login view. A leaf: it depends on no feature; {@code member} supplies the
 * account lookup as a {@link org.springframework.security.core.userdetails.UserDetailsService}.
 */
@NullMarked
package eu.praxis.security;

import org.jspecify.annotations.NullMarked;
