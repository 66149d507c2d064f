package eu.praxis.moderation;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.content.ContentModeration;
import eu.praxis.content.Moderation;
import eu.praxis.content.ModerationAction;
import eu.praxis.discussion.ThreadModeration;
import eu.praxis.group.GroupAccess;
import eu.praxis.group.GroupDirectory;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonSummary;
import eu.praxis.security.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports and the moderation queues. A member reports what they can see (the content features decide, through
 * {@link Contents}), once per content. Leads see and resolve the open reports of the groups they lead, the
 * secretariat all of them ({@link ModerationPolicy}). A resolution closes every open report of the content:
 * dismiss, hide (through the content feature's own service, which checks its own rules again), lock its thread,
 * or warn its author by mail. Reporters are told the outcome ({@link ReportResolved}); moderators of new reports
 * ({@link ContentReported}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ModerationService {

    /** A queue shows the contents with open reports up to this many, those reported first at the top. */
    static final int QUEUE_MAX = 100;

    private final ReportRepository reports;
    private final Contents contents;
    private final Resolutions resolutions;
    private final ModerationPolicy policy;
    private final GroupDirectory groups;
    private final GroupAccess groupAccess;
    private final MemberService members;
    private final ContentModeration contentModeration;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationService(
            ReportRepository reports,
            Contents contents,
            Resolutions resolutions,
            ModerationPolicy policy,
            GroupDirectory groups,
            GroupAccess groupAccess,
            MemberService members,
            ContentModeration contentModeration,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reports = reports;
        this.contents = contents;
        this.resolutions = resolutions;
        this.policy = policy;
        this.groups = groups;
        this.groupAccess = groupAccess;
        this.members = members;
        this.contentModeration = contentModeration;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reports content the caller can see. Not found if they cannot; refused for researchers, for one's own
     * content, for a second report of the same content, and without a text for {@link ReportReason#OTHER}.
     *
     * @param text at most {@link Report#TEXT_MAX} characters; required for {@link ReportReason#OTHER}
     * @return the report's id
     */
    @Transactional
    public long report(ReportedType type, long targetId, ReportReason reason, @Nullable String text) {
        var user = CurrentUser.require();
        if (user.isResearcher()) {
            throw new UserFacingException("moderation.error.researcher");
        }
        var why = validText(reason, text);
        var content = contents.find(type, targetId).orElseThrow(NotFoundException::new);
        if (!policy.mayReport(user, content.authorId())) {
            throw new UserFacingException("moderation.error.own-content");
        }
        if (reports.existsByReporterIdAndTargetTypeAndTargetId(user.personId(), type, targetId)) {
            throw new UserFacingException("moderation.error.already-reported");
        }
        Report report;
        try {
            report = reports.saveAndFlush(new Report(
                    user.personId(),
                    type,
                    targetId,
                    content.threadId(),
                    content.title(),
                    content.authorId(),
                    reason,
                    why,
                    content.groupIds(),
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // the same person reporting twice at once: the unique constraint decides
            throw new UserFacingException("moderation.error.already-reported");
        }
        var id = Objects.requireNonNull(report.getId());
        events.publishEvent(new ContentReported(id, type, targetId, content.groupIds(), user.personId()));
        return id;
    }

    /** Whether the caller may report the content (the button is shown only then); false if they cannot see it. */
    public boolean mayReport(ReportedType type, long targetId) {
        var user = CurrentUser.require();
        if (user.isResearcher()) {
            return false;
        }
        return contents.find(type, targetId)
                .filter(content -> policy.mayReport(user, content.authorId()))
                .isPresent();
    }

    /** The open reports of a group, for its leads and the secretariat; not found if the caller may not see the group. */
    public GroupQueue groupQueue(String slug) {
        var group = groups.get(slug);
        requireModerates(group.id());
        return new GroupQueue(group.id(), group.slug(), group.name(), items(reports.findOpenInGroup(group.id())));
    }

    /** Every open report, also of content in no group: the secretariat's queue. */
    public List<QueueItem> queue() {
        if (!policy.maySeeAllReports(CurrentUser.require())) {
            throw new AccessDeniedException("Only the secretariat sees every report");
        }
        return items(reports.findOpen());
    }

    /**
     * How many contents of the group have open reports, for the group page; empty (rather than an error) when
     * the caller does not moderate the group, as the page is shown to everyone.
     */
    public Optional<Long> openInGroup(long groupId) {
        var user = CurrentUser.require();
        if (!policy.mayModerateGroup(user, groupAccess.groupIdsILead(), groupId)) {
            return Optional.empty();
        }
        return Optional.of((long) reports.findOpenContentsInGroup(groupId).size());
    }

    /** The reports were unfounded: nothing happens to the content. */
    @Transactional
    public void dismiss(ReportedType type, long targetId, @Nullable String note) {
        requireMayResolve(type, targetId);
        resolutions.resolve(type, targetId, ReportOutcome.DISMISSED, Moderation.reason(note, false));
    }

    /**
     * Hides the content through its feature, whose rules apply (e.g. nobody hides their own content); its
     * hiding resolves the reports ({@link Resolutions}).
     */
    @Transactional
    public void hide(ReportedType type, long targetId, String reason) {
        requireMayResolve(type, targetId);
        contentModeration.apply(type.key(), targetId, ModerationAction.HIDE, reason);
    }

    /** Locks the thread of a reported thread or reply; resolves the content's reports. */
    @Transactional
    public void lockThread(ReportedType type, long targetId) {
        var open = requireMayResolve(type, targetId);
        var threadId = open.getFirst().getThreadId();
        if (threadId == null) {
            throw new UserFacingException("moderation.error.no-thread");
        }
        contentModeration.apply(ThreadModeration.TYPE, threadId, ModerationAction.LOCK, null);
        resolutions.resolve(type, targetId, ReportOutcome.LOCKED, null);
    }

    /** Writes to the content's author (by mail, in their language) and resolves its reports. */
    @Transactional
    public void warnAuthor(ReportedType type, long targetId, String message) {
        var open = requireMayResolve(type, targetId);
        var text = Objects.requireNonNull(Moderation.reason(message, true));
        var first = open.getFirst();
        resolutions.resolve(type, targetId, ReportOutcome.WARNED, text);
        events.publishEvent(new AuthorWarned(
                first.getContentAuthorId(),
                type,
                targetId,
                first.getContentTitle(),
                text,
                CurrentUser.require().personId()));
    }

    private List<Report> requireMayResolve(ReportedType type, long targetId) {
        var all = reports.findByTargetTypeAndTargetId(type, targetId);
        var user = CurrentUser.require();
        var groupIds = all.stream().flatMap(r -> r.getGroupIds().stream()).collect(Collectors.toSet());
        var open = all.stream().filter(r -> r.getStatus() == ReportStatus.OPEN).toList();
        // Checked before "nothing open", so that a lead cannot probe other groups' contents.
        if (!policy.mayResolve(user, user.isAdmin() ? Set.of() : groupAccess.groupIdsILead(), groupIds)) {
            throw new AccessDeniedException("Not a moderator of reported " + type.key() + " " + targetId);
        }
        if (open.isEmpty()) {
            throw new UserFacingException("moderation.error.no-open-reports");
        }
        return open;
    }

    private void requireModerates(long groupId) {
        var user = CurrentUser.require();
        if (!policy.mayModerateGroup(user, user.isAdmin() ? Set.of() : groupAccess.groupIdsILead(), groupId)) {
            throw new AccessDeniedException("Not a lead of group " + groupId);
        }
    }

    /**
     * Open reports grouped by content, in the order the contents were first reported. Each content is looked up
     * in a transaction of its own (see {@link #queue}): one the moderator may no longer see must not spoil the rest.
     */
    private List<QueueItem> items(List<Report> open) {
        var byContent = new LinkedHashMap<String, List<Report>>();
        for (var report : open) {
            byContent
                    .computeIfAbsent(report.getTargetType() + ":" + report.getTargetId(), k -> new ArrayList<>())
                    .add(report);
        }
        var shown = byContent.values().stream().limit(QUEUE_MAX).toList();
        var people = members.summaries(
                shown.stream().flatMap(List::stream).map(Report::getReporterId).collect(Collectors.toSet()));
        return shown.stream().map(list -> item(list, people)).toList();
    }

    private QueueItem item(List<Report> list, Map<Long, PersonSummary> people) {
        var first = list.getFirst();
        var content = contents.find(first.getTargetType(), first.getTargetId()).orElse(null);
        var lines = list.stream()
                .sorted(Comparator.comparing(Report::getCreatedAt))
                .map(r -> new ReportLine(
                        Objects.requireNonNull(r.getId()),
                        r.getReporterId(),
                        nameOf(people.get(r.getReporterId())),
                        r.getReason(),
                        r.getReasonText(),
                        r.getCreatedAt()))
                .toList();
        return new QueueItem(
                first.getTargetType(),
                first.getTargetId(),
                content != null ? content.title() : first.getContentTitle(),
                content,
                lines);
    }

    private static String nameOf(@Nullable PersonSummary person) {
        return person == null ? "?" : person.name();
    }

    private static @Nullable String validText(ReportReason reason, @Nullable String text) {
        var trimmed = text == null ? "" : text.strip();
        if (trimmed.length() > Report.TEXT_MAX || (reason == ReportReason.OTHER && trimmed.isEmpty())) {
            throw new UserFacingException("moderation.error.text", Report.TEXT_MAX);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}
