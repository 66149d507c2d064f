package eu.praxis.moderation;

import eu.praxis.security.PraxisUser;
import java.util.Collections;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may report, see the queues, resolve reports and read the audit log (DD017). Leading is per group:
 * the groups the user leads come in with the call.
 */
@Component
public class ModerationPolicy {

    /** Members and the secretariat report what they see, but not their own content; researchers only read. */
    public boolean mayReport(PraxisUser user, long authorId) {
        return !user.isResearcher() && user.personId() != authorId;
    }

    /** A group's queue: its leads and the secretariat. */
    public boolean mayModerateGroup(PraxisUser user, Set<Long> ledGroupIds, long groupId) {
        return user.isAdmin() || (!user.isResearcher() && ledGroupIds.contains(groupId));
    }

    /** The queue of all reports, also of content in no group: the secretariat. */
    public boolean maySeeAllReports(PraxisUser user) {
        return user.isAdmin();
    }

    /** Resolving reports: the secretariat, and the leads of one of the groups the reported content is in. */
    public boolean mayResolve(PraxisUser user, Set<Long> ledGroupIds, Set<Long> contentGroupIds) {
        return user.isAdmin() || (!user.isResearcher() && !Collections.disjoint(ledGroupIds, contentGroupIds));
    }

    /**
     * The audit log names people and shows every reason given: the secretariat's only. Leads see what they need
     * in their queue and on the content itself.
     */
    public boolean maySeeAuditLog(PraxisUser user) {
        return user.isAdmin();
    }
}
