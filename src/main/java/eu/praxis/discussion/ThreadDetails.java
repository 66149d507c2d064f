package eu.praxis.discussion;

import java.util.List;

/**
 * A thread page: the first post and the replies, oldest first. {@code mayReply} says whether the
 * viewer may reply (an active member, thread not locked, group not archived); the service checks again.
 */
public record ThreadDetails(long id, long groupId, String groupSlug, String groupName, String title, Post opening,
        List<Post> replies, boolean pinned, boolean locked, boolean mayReply) {
}
