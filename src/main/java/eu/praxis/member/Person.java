package eu.praxis.member;

import eu.praxis.base.BaseEntity;
import eu.praxis.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A person's account. Belongs to exactly one organisation, referred to by id. */
@Entity
@Table(name = "person")
public class Person extends BaseEntity {

    public static final int NAME_MAX = 150;
    public static final int POSITION_MAX = 150;
    public static final int EMAIL_MAX = 254;

    @Version
    private int version;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "position")
    private @Nullable String position;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PersonStatus status;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "activated_at")
    private @Nullable Instant activatedAt;

    protected Person() {
        this("", "", null, 0, Role.MEMBER, Locale.ENGLISH, Instant.EPOCH);
    }

    Person(
            String email,
            String name,
            @Nullable String position,
            long organisationId,
            Role role,
            Locale language,
            Instant now) {
        this.email = normaliseEmail(email);
        this.name = name;
        this.position = position;
        this.organisationId = organisationId;
        this.role = role;
        this.language = language.getLanguage();
        this.status = PersonStatus.INVITED;
        this.createdAt = now;
    }

    static String normaliseEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** Sets the first password, from an invitation link. */
    void activate(String passwordHash, Instant now) {
        if (status != PersonStatus.INVITED) {
            throw new IllegalStateException("Person " + getId() + " is not waiting for activation");
        }
        this.passwordHash = passwordHash;
        this.status = PersonStatus.ACTIVE;
        this.activatedAt = now;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void disable() {
        if (status == PersonStatus.DISABLED) {
            throw new eu.praxis.base.UserFacingException("member.error.already-disabled");
        }
        status = PersonStatus.DISABLED;
    }

    /** Re-enables a disabled account; one that never set a password goes back to waiting for it. */
    void enable() {
        if (status != PersonStatus.DISABLED) {
            throw new eu.praxis.base.UserFacingException("member.error.not-disabled");
        }
        status = passwordHash == null ? PersonStatus.INVITED : PersonStatus.ACTIVE;
    }

    void updateProfile(String name, @Nullable String position, Locale language) {
        this.name = name;
        this.position = position;
        this.language = language.getLanguage();
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getPosition() {
        return position;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Role getRole() {
        return role;
    }

    public PersonStatus getStatus() {
        return status;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    @Nullable
    String getPasswordHash() {
        return passwordHash;
    }

    public @Nullable Instant getActivatedAt() {
        return activatedAt;
    }
}
