package eu.praxis.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An organisation in a project, with its role. */
@Embeddable
public record ProjectPartner(
        @Column(name = "organisation_id", nullable = false) long organisationId,

        @Enumerated(EnumType.STRING) @Column(name = "role", nullable = false)
        PartnerRole role) {}
