package eu.praxis.organisation;

/** The organisation's people may no longer log in; their open sessions should end. */
public record OrganisationSuspended(long organisationId) {}
