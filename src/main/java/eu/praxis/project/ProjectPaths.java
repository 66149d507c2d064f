package eu.praxis.project;

/** The addresses of projects within the application, relative (no leading slash). */
public final class ProjectPaths {

    /** The directory of projects. */
    public static final String DIRECTORY = "projects";

    private ProjectPaths() {}

    /** A project's page: {@code projects/{id}}. */
    public static String project(long projectId) {
        return DIRECTORY + "/" + projectId;
    }
}
