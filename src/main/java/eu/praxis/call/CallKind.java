package eu.praxis.call;

/** What a call asks for. */
public enum CallKind {
    /** Partner organisations for a project or an application for funding. */
    PARTNERS,
    /** Experts of member organisations, e.g. for a peer review or a working group. */
    EXPERTS,
    /** Applications or contributions: practices, cases, participation in a study. */
    APPLICATIONS
}
