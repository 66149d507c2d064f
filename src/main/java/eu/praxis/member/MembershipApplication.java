package eu.praxis.member;

import eu.praxis.base.BaseEntity;
import eu.praxis.organisation.OrganisationKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An organisation's request to join the network, with the person who will be its first account. */
@Entity
@Table(name = "membership_application")
class MembershipApplication extends BaseEntity {

    @Version
    private int version;

    @Column(name = "organisation_name", nullable = false)
    private String organisationName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private OrganisationKind kind;

    @Column(name = "country", nullable = false)
    private String country;

    @Column(name = "city")
    private @Nullable String city;

    @Column(name = "website")
    private @Nullable String website;

    @Column(name = "motivation", nullable = false)
    private String motivation;

    @Column(name = "contact_name", nullable = false)
    private String contactName;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    @Column(name = "contact_position")
    private @Nullable String contactPosition;

    @Column(name = "contact_language", nullable = false)
    private String contactLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ApplicationStatus status;

    @Column(name = "rejection_reason")
    private @Nullable String rejectionReason;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    protected MembershipApplication() {
        this(new ApplicationForm("", OrganisationKind.CITY, "", null, null, "", "", "", null, "en"), Instant.EPOCH);
    }

    MembershipApplication(ApplicationForm form, Instant now) {
        this.organisationName = form.organisationName().trim();
        this.kind = form.kind();
        this.country = form.country();
        this.city = blankToNull(form.city());
        this.website = blankToNull(form.website());
        this.motivation = form.motivation().trim();
        this.contactName = form.contactName().trim();
        this.contactEmail = form.contactEmail().trim().toLowerCase(java.util.Locale.ROOT);
        this.contactPosition = blankToNull(form.contactPosition());
        this.contactLanguage = form.contactLanguage();
        this.status = ApplicationStatus.PENDING;
        this.submittedAt = now;
    }

    void approve(long organisationId, long decidedBy, Instant now) {
        requirePending();
        this.status = ApplicationStatus.APPROVED;
        this.organisationId = organisationId;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    void reject(String reason, long decidedBy, Instant now) {
        requirePending();
        this.status = ApplicationStatus.REJECTED;
        this.rejectionReason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    private void requirePending() {
        if (status != ApplicationStatus.PENDING) {
            throw new eu.praxis.base.UserFacingException("application.error.decided");
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    ApplicationDetails toDetails() {
        var id = getId();
        return new ApplicationDetails(
                id == null ? 0 : id,
                organisationName,
                kind,
                country,
                city,
                website,
                motivation,
                contactName,
                contactEmail,
                contactPosition,
                contactLanguage,
                status,
                rejectionReason,
                submittedAt,
                decidedAt,
                organisationId);
    }

    String getContactEmail() {
        return contactEmail;
    }

    String getContactName() {
        return contactName;
    }

    String getContactLanguage() {
        return contactLanguage;
    }

    @Nullable
    String getContactPosition() {
        return contactPosition;
    }

    String getOrganisationName() {
        return organisationName;
    }

    OrganisationKind getKind() {
        return kind;
    }

    String getCountry() {
        return country;
    }

    @Nullable
    String getCity() {
        return city;
    }
}
