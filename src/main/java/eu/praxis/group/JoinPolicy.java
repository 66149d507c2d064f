package eu.praxis.group;

public enum JoinPolicy {
    /** Any member may join. */
    OPEN,
    /** Members ask; a lead admits them. */
    ON_REQUEST,
    /** Only a lead or the secretariat adds members. */
    INVITE_ONLY
}
