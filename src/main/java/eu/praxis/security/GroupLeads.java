package eu.praxis.security;

/**
 * Whether a person leads a working group, for the two-factor requirement of leads. Implemented by {@code group}:
 * leading is a per-group role, which this package does not know.
 */
public interface GroupLeads {

    boolean leadsAGroup(long personId);
}
