package eu.praxis.event;

import java.time.Instant;

/**
 * A registration as organisers see it. Equality by person, who registers at most once.
 *
 * @param attended recorded by the organisers after the start (false until then)
 */
public record RegistrationItem(
        long personId,
        String name,
        String email,
        String organisationName,
        RegistrationStatus status,
        Instant registeredAt,
        boolean attended) {

    @Override
    public boolean equals(Object o) {
        return o instanceof RegistrationItem other && other.personId == personId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(personId);
    }
}
