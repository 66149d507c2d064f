package eu.praxis.member;

import eu.praxis.security.Role;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A person the secretariat invites into an active organisation. */
public record NewPerson(
        long organisationId,
        String email,
        String name,
        @Nullable String position,
        Role role,
        Locale language) {}
