package eu.praxis.event;

import org.jspecify.annotations.Nullable;

/**
 * The calendar's filters; nulls mean "any".
 *
 * @param mine only events the viewer is registered for (waiting list included)
 */
public record EventFilter(
        @Nullable EventKind kind, @Nullable Long groupId, boolean mine) {

    public static EventFilter any() {
        return new EventFilter(null, null, false);
    }
}
