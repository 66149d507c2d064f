package eu.praxis.organisation;

import eu.praxis.base.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "organisation")
public class Organisation extends BaseEntity {

    public static final int NAME_MAX = 200;
    public static final int CITY_MAX = 100;

    @Version
    private int version;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private OrganisationKind kind;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "city", length = CITY_MAX)
    private @Nullable String city;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private OrganisationStatus status;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organisation() {
        // for JPA
        this.name = "";
        this.kind = OrganisationKind.CITY;
        this.country = "";
        this.status = OrganisationStatus.ACTIVE;
        this.joinedOn = LocalDate.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    Organisation(
            String name,
            OrganisationKind kind,
            String country,
            @Nullable String city,
            LocalDate joinedOn,
            Instant now) {
        this.name = name;
        this.kind = kind;
        this.country = country;
        this.city = city;
        this.status = OrganisationStatus.ACTIVE;
        this.joinedOn = joinedOn;
        this.createdAt = now;
    }

    void suspend() {
        if (status == OrganisationStatus.SUSPENDED) {
            throw new IllegalStateException("Organisation " + getId() + " is already suspended");
        }
        status = OrganisationStatus.SUSPENDED;
    }

    void reactivate() {
        if (status == OrganisationStatus.ACTIVE) {
            throw new IllegalStateException("Organisation " + getId() + " is already active");
        }
        status = OrganisationStatus.ACTIVE;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getCountry() {
        return country;
    }

    public @Nullable String getCity() {
        return city;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }
}
