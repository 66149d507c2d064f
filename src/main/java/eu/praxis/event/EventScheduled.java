package eu.praxis.event;

import org.jspecify.annotations.Nullable;

/** An admin or a group's lead scheduled an event; {@code groupId} is its working group, if any. */
public record EventScheduled(long eventId, @Nullable Long groupId) {}
