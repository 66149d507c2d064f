package eu.praxis.member;

import eu.praxis.organisation.OrganisationKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An application as the secretariat reviews it. */
public record ApplicationDetails(
        long id,
        String organisationName,
        OrganisationKind kind,
        String country,
        @Nullable String city,
        @Nullable String website,
        String motivation,
        String contactName,
        String contactEmail,
        @Nullable String contactPosition,
        String contactLanguage,
        ApplicationStatus status,
        @Nullable String rejectionReason,
        Instant submittedAt,
        @Nullable Instant decidedAt,
        @Nullable Long organisationId) {}
