package eu.praxis.member;

import eu.praxis.security.Role;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A person as lists show them. Equality by id, so grids keep selection across refreshes.
 * {@code language}: the preferred language, for mail written to them by other features.
 */
public record PersonSummary(
        long id,
        String name,
        @Nullable String position,
        String email,
        long organisationId,
        String organisationName,
        Role role,
        PersonStatus status,
        @Nullable Instant activatedAt,
        Locale language) {

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonSummary other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
