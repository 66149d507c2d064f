package eu.praxis.moderation;

import eu.praxis.base.BaseEntity;
import eu.praxis.base.UserFacingException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One member's report of one thread, reply or practice (at most one per person and content: a unique
 * constraint). Refers to the content by type and id; keeps the title and author the reporter saw, for the
 * queue once the content is gone and for the outcome mail. {@code groupIds}: the groups whose leads see it.
 */
@Entity
@Table(name = "report")
public class Report extends BaseEntity {

    public static final int TEXT_MAX = 500;
    static final int TITLE_MAX = 200;

    @Version
    private int version;

    @Column(name = "reporter_id", nullable = false)
    private long reporterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false)
    private ReportedType targetType;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "thread_id")
    private @Nullable Long threadId;

    @Column(name = "content_title", nullable = false)
    private String contentTitle;

    @Column(name = "content_author_id", nullable = false)
    private long contentAuthorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false)
    private ReportReason reason;

    @Column(name = "reason_text")
    private @Nullable String reasonText;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ReportStatus status = ReportStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private @Nullable ReportOutcome outcome;

    @Column(name = "resolution_note")
    private @Nullable String resolutionNote;

    @Column(name = "resolved_by")
    private @Nullable Long resolvedBy;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "report_group", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "group_id", nullable = false)
    private Set<Long> groupIds = new HashSet<>();

    protected Report() {
        this(0, ReportedType.THREAD, 0, null, "", 0, ReportReason.OTHER, null, Set.of(), Instant.EPOCH);
    }

    Report(
            long reporterId,
            ReportedType targetType,
            long targetId,
            @Nullable Long threadId,
            String contentTitle,
            long contentAuthorId,
            ReportReason reason,
            @Nullable String reasonText,
            Set<Long> groupIds,
            Instant now) {
        this.reporterId = reporterId;
        this.targetType = targetType;
        this.targetId = targetId;
        this.threadId = threadId;
        this.contentTitle = contentTitle.length() > TITLE_MAX ? contentTitle.substring(0, TITLE_MAX) : contentTitle;
        this.contentAuthorId = contentAuthorId;
        this.reason = reason;
        this.reasonText = reasonText;
        this.groupIds = new HashSet<>(groupIds);
        this.createdAt = now;
    }

    /** Closes an open report with the moderators' decision; dismissing leaves the status "dismissed". */
    void resolve(ReportOutcome decided, long moderatorId, @Nullable String note, Instant now) {
        if (status != ReportStatus.OPEN) {
            throw new UserFacingException("moderation.error.no-open-reports");
        }
        status = decided == ReportOutcome.DISMISSED ? ReportStatus.DISMISSED : ReportStatus.RESOLVED;
        outcome = decided;
        resolutionNote = note;
        resolvedBy = moderatorId;
        resolvedAt = now;
    }

    /** The thread moved: its open reports go to the new group's leads. */
    void moveTo(long groupId) {
        groupIds.clear();
        groupIds.add(groupId);
    }

    public long getReporterId() {
        return reporterId;
    }

    public ReportedType getTargetType() {
        return targetType;
    }

    public long getTargetId() {
        return targetId;
    }

    public @Nullable Long getThreadId() {
        return threadId;
    }

    public String getContentTitle() {
        return contentTitle;
    }

    public long getContentAuthorId() {
        return contentAuthorId;
    }

    public ReportReason getReason() {
        return reason;
    }

    public @Nullable String getReasonText() {
        return reasonText;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public @Nullable ReportOutcome getOutcome() {
        return outcome;
    }

    public @Nullable String getResolutionNote() {
        return resolutionNote;
    }

    public @Nullable Long getResolvedBy() {
        return resolvedBy;
    }

    public @Nullable Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getGroupIds() {
        return Set.copyOf(groupIds);
    }
}
