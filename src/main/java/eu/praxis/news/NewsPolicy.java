package eu.praxis.news;

import eu.praxis.security.Viewer;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who reads and writes news.
 * <ul>
 * <li>The secretariat writes the network's news and, like a group's active leads, the news of any group: a lead
 * speaks for their group, not for the network.
 * <li>The network's news is read by everyone who may log in; a group's news by those who read the group's content
 * (its active members, researchers if the group is open to them, the secretariat).
 * <li>An item appears from its publication time on; before that only those who may change it see it.
 * </ul>
 */
@Component
public class NewsPolicy {

    /**
     * @param groupId the group the item is news of; null for the network
     * @param ledGroupIds the groups the viewer actively leads
     */
    public boolean mayWrite(Viewer viewer, @Nullable Long groupId, Set<Long> ledGroupIds) {
        return viewer.isAdmin() || (groupId != null && ledGroupIds.contains(groupId));
    }

    /** @param readableGroupIds the groups whose content the viewer reads */
    public boolean maySee(
            Viewer viewer,
            @Nullable Long groupId,
            Instant publishedAt,
            Instant now,
            Set<Long> readableGroupIds,
            Set<Long> ledGroupIds) {
        if (mayWrite(viewer, groupId, ledGroupIds)) {
            return true;
        }
        return !publishedAt.isAfter(now) && (groupId == null || readableGroupIds.contains(groupId));
    }
}
