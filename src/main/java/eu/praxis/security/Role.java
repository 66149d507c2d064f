package eu.praxis.security;

/**
 * Global roles. Leading a working group is not a global role: it is a per-group membership role
 * checked by the group policy.
 */
public enum Role {
    MEMBER,
    RESEARCHER,
    ADMIN;

    /** Names for {@code @RolesAllowed} and {@code hasRole(...)}. */
    public static final String ADMIN_NAME = "ADMIN";

    public static final String MEMBER_NAME = "MEMBER";
    public static final String RESEARCHER_NAME = "RESEARCHER";

    public String authority() {
        return "ROLE_" + name();
    }
}
