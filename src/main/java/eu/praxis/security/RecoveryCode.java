package eu.praxis.security;

import eu.praxis.base.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A one-time code that stands in for the authenticator (lost phone); only its SHA-256 is kept. */
@Entity
@Table(name = "second_factor_recovery_code")
class RecoveryCode extends BaseEntity {

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected RecoveryCode() {
        this(0, "");
    }

    RecoveryCode(long personId, String codeHash) {
        this.personId = personId;
        this.codeHash = codeHash;
    }

    /** Uses the code up; false if it was used before. */
    boolean use(Instant now) {
        if (usedAt != null) {
            return false;
        }
        usedAt = now;
        return true;
    }
}
