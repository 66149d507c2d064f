package eu.praxis.security;

import eu.praxis.base.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person's enrolled authenticator: the key, encrypted ({@link SecondFactorKeys}), and the last time step whose
 * code was accepted. A code of that step or an earlier one is refused, so that a code seen over someone's shoulder
 * or replayed from a log cannot be used again.
 */
@Entity
@Table(name = "second_factor")
class SecondFactor extends BaseEntity {

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "secret", nullable = false, length = 200)
    private String secret;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "last_used_step", nullable = false)
    private long lastUsedStep;

    protected SecondFactor() {
        this(0, "", Instant.EPOCH, 0);
    }

    SecondFactor(long personId, String secret, Instant enrolledAt, long confirmedStep) {
        this.personId = personId;
        this.secret = secret;
        this.enrolledAt = enrolledAt;
        this.lastUsedStep = confirmedStep;
    }

    /** Notes an accepted code; refuses (false) one of a step already used or older. */
    boolean use(long step) {
        if (step <= lastUsedStep) {
            return false;
        }
        lastUsedStep = step;
        return true;
    }

    long getPersonId() {
        return personId;
    }

    String getSecret() {
        return secret;
    }

    Instant getEnrolledAt() {
        return enrolledAt;
    }
}
