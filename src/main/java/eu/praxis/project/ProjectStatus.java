package eu.praxis.project;

/** Where a project stands; a closed project stays readable with its outputs. */
public enum ProjectStatus {
    IN_PREPARATION,
    RUNNING,
    CLOSED
}
