package eu.praxis.publication;

/** Who reads a publication and its files ({@link PublicationPolicy}). */
public enum PublicationVisibility {
    /** Everyone who may log in: members, researchers, the secretariat. */
    NETWORK,
    /** The active members of the publication's working groups (and the secretariat); never researchers. */
    GROUPS,
    /** Anyone, without login: its page and its files are on the open web. */
    PUBLIC
}
