package eu.praxis.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's calendar feed: only the hash of its secret token is kept, like a password. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
        this(0, "", Instant.EPOCH);
    }

    CalendarFeed(long personId, String tokenHash, Instant createdAt) {
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /** A new token replaces the old one, which stops working at once. */
    void replace(String newTokenHash, Instant now) {
        tokenHash = newTokenHash;
        createdAt = now;
    }

    public long getPersonId() {
        return personId;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
