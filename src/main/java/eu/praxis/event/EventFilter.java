package eu.praxis.event;

import org.jspecify.annotations.Nullable;

/**
 * The calendar's filters; nulls mean "any".
 *
 * @param mine only events the viewer is registered for (waiting list included)
 * @param projectId only the events of this project (its timeline)
 */
public record EventFilter(
        @Nullable EventKind kind,
        @Nullable Long groupId,
        boolean mine,
        @Nullable Long projectId) {

    public static EventFilter any() {
        return new EventFilter(null, null, false, null);
    }

    /** The events of a project, for its timeline. */
    public static EventFilter ofProject(long projectId) {
        return new EventFilter(null, null, false, projectId);
    }
}
