package eu.praxis.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person as Spring Security keeps it. Equality by person id so that the session
 * registry finds all sessions of one person (to end them when the account is disabled).
 */
public final class PraxisUser implements UserDetails, CredentialsContainer, Viewer {

    private final long personId;
    private final long organisationId;
    private final String email;
    private final String displayName;
    private final Role role;
    private final Locale language;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final boolean organisationActive;

    public PraxisUser(
            long personId,
            long organisationId,
            String email,
            String displayName,
            Role role,
            Locale language,
            @Nullable String passwordHash,
            boolean enabled,
            boolean organisationActive) {
        this.personId = personId;
        this.organisationId = organisationId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.language = language;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.organisationActive = organisationActive;
    }

    @Override
    public long personId() {
        return personId;
    }

    @Override
    public long organisationId() {
        return organisationId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public Role role() {
        return role;
    }

    public Locale language() {
        return language;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** A suspended organisation locks the accounts of all its people. */
    @Override
    public boolean isAccountNonLocked() {
        return organisationActive;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PraxisUser other && other.personId == personId;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(personId);
    }

    @Override
    public String toString() {
        return "PraxisUser[" + personId + ", " + role + "]";
    }
}
