package eu.praxis.moderation;

import eu.praxis.base.AuditedAction;
import eu.praxis.content.ContentModerated;
import eu.praxis.group.GroupAccess;
import eu.praxis.security.CurrentUser;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes the open reports of one content with the moderators' decision, tells the reporters
 * ({@link ReportResolved}) and records it in the audit log ({@code report.<outcome>}). Content hidden or deleted
 * anywhere (the queue, the content's own "Moderate" menu) resolves its reports: the listeners run synchronously
 * in the moderation's transaction, so both commit or roll back together. A moved thread takes its open
 * reports to the new group's leads.
 */
@Component
class Resolutions {

    private final ReportRepository reports;
    private final GroupAccess groups;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Resolutions(ReportRepository reports, GroupAccess groups, ApplicationEventPublisher events, Clock clock) {
        this.reports = reports;
        this.groups = groups;
        this.events = events;
        this.clock = clock;
    }

    /** @return how many reports were resolved (none when none was open) */
    @Transactional
    int resolve(ReportedType type, long targetId, ReportOutcome outcome, @Nullable String note) {
        var open = reports.findByTargetTypeAndTargetIdAndStatus(type, targetId, ReportStatus.OPEN);
        if (open.isEmpty()) {
            return 0;
        }
        var user = CurrentUser.require();
        var now = clock.instant();
        Set<Long> groupIds = new HashSet<>();
        for (var report : open) {
            report.resolve(outcome, user.personId(), note, now);
            groupIds.addAll(report.getGroupIds());
            events.publishEvent(
                    new ReportResolved(Objects.requireNonNull(report.getId()), report.getReporterId(), outcome));
        }
        events.publishEvent(new AuditedAction(
                user.personId(),
                "report." + outcome.key(),
                type.key(),
                targetId,
                auditGroup(groupIds, user.isAdmin()),
                note,
                now));
        return open.size();
    }

    /**
     * The group the audit entry names: the (lowest) one of the content's groups the moderator leads; for the
     * secretariat the content's (lowest) group, if any.
     */
    private @Nullable Long auditGroup(Collection<Long> groupIds, boolean admin) {
        if (!admin) {
            var led = groups.groupIdsILead();
            groupIds = groupIds.stream().filter(led::contains).toList();
        }
        var candidates = groupIds;
        return candidates.stream().min(Long::compare).orElse(null);
    }

    /** A hidden or deleted thread, reply or practice closes its open reports; a moved thread takes them along. */
    @EventListener
    void on(ContentModerated event) {
        var type = switch (event.targetType()) {
            case "thread" -> ReportedType.THREAD;
            case "reply" -> ReportedType.REPLY;
            default -> ReportedType.PRACTICE;
        };
        switch (event.action()) {
            case "thread.hide", "reply.hide", "practice.hide" ->
                resolve(type, event.targetId(), ReportOutcome.HIDDEN, event.reason());
            case "thread.delete", "reply.delete", "practice.delete" ->
                resolve(type, event.targetId(), ReportOutcome.DELETED, event.reason());
            case "thread.move" -> {
                if (event.groupId() != null) {
                    reports.findByThreadIdAndStatus(Objects.requireNonNull(event.threadId()), ReportStatus.OPEN)
                            .forEach(r -> r.moveTo(event.groupId()));
                }
            }
            default -> {
                // pin, lock, edit, restore: the reports stay for the moderators to decide
            }
        }
    }
}
