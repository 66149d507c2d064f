package eu.praxis.event;

import eu.praxis.base.UserFacingException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person's registration for an event: a place, or a place on the waiting list. One per person and event. After
 * the start the organisers record whether a person with a place attended.
 */
@Entity
@Table(name = "event_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private int version;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RegistrationStatus status;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "attended", nullable = false)
    private boolean attended;

    protected Registration() {
        this(0, 0, RegistrationStatus.WAITING, Instant.EPOCH);
    }

    Registration(long eventId, long personId, RegistrationStatus status, Instant now) {
        this.eventId = eventId;
        this.personId = personId;
        this.status = status;
        this.registeredAt = now;
    }

    /** The first on the waiting list gets the freed place; their turn in the list was kept by registeredAt. */
    void promote() {
        if (status != RegistrationStatus.WAITING) {
            throw new IllegalStateException("Only a waiting registration can be promoted");
        }
        status = RegistrationStatus.CONFIRMED;
    }

    /** Whether the person came; only a person with a place can have (those waiting had none). */
    void recordAttendance(boolean attended) {
        if (!isConfirmed()) {
            throw new UserFacingException("event.error.attendance-without-place");
        }
        this.attended = attended;
    }

    boolean isConfirmed() {
        return status == RegistrationStatus.CONFIRMED;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public long getPersonId() {
        return personId;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public boolean hasAttended() {
        return attended;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Registration other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
