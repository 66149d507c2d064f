package eu.praxis.moderation;

import java.util.List;

/** A working group's moderation queue, for its leads. */
public record GroupQueue(long groupId, String slug, String groupName, List<QueueItem> items) {}
