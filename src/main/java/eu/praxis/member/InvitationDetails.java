package eu.praxis.member;

/** What the invitation page shows to the invited person. */
public record InvitationDetails(String name, String email, boolean organisationActive) {}
