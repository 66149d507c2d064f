package eu.praxis.call;

import eu.praxis.base.BaseEntity;
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
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/**
 * A call of the network; see {@link CallDraft} for what its fields mean. Indexed for search by
 * {@link CallIndexBinder}.
 */
@Entity
@Table(name = "network_call")
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = CallIndexBinder.class))
public class Call extends BaseEntity {

    public static final int TITLE_MAX = 300;
    public static final int BODY_MAX = 20_000;
    public static final int ELIGIBILITY_MAX = 4000;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private CallKind kind = CallKind.PARTNERS;

    @Column(name = "title", nullable = false)
    private String title = "";

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown = "";

    @Column(name = "eligibility", nullable = false)
    private String eligibility = "";

    @Column(name = "deadline", nullable = false)
    private Instant deadline = Instant.EPOCH;

    @Column(name = "time_zone", nullable = false)
    private String timeZone = "UTC";

    @Column(name = "project_id")
    private @Nullable Long projectId;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @ElementCollection
    @CollectionTable(name = "network_call_theme", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "network_call_group", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "group_id")
    private Set<Long> groupIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected Call() {}

    Call(CallDraft draft, Instant now) {
        createdAt = now;
        apply(draft, now);
    }

    /** Takes the validated draft; the deadline is read on the organiser's clock. */
    void apply(CallDraft draft, Instant now) {
        kind = draft.kind();
        title = draft.title();
        bodyMarkdown = draft.body();
        eligibility = draft.eligibility();
        deadline = draft.deadline().atZone(draft.timeZone()).toInstant();
        timeZone = draft.timeZone().getId();
        projectId = draft.projectId();
        themeIds.clear();
        themeIds.addAll(draft.themeIds());
        groupIds.clear();
        groupIds.addAll(draft.groupIds());
        updatedAt = now;
    }

    /** Closes the call before its deadline; a closed call stays closed. */
    boolean close(Instant now) {
        if (closedAt != null) {
            return false;
        }
        closedAt = now;
        updatedAt = now;
        return true;
    }

    /** Whether answers are taken: not closed, and the deadline (exclusive) not reached. */
    public boolean isOpen(Instant now) {
        return closedAt == null && now.isBefore(deadline);
    }

    public int getVersion() {
        return version;
    }

    public CallKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBodyMarkdown() {
        return bodyMarkdown;
    }

    public String getEligibility() {
        return eligibility;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public @Nullable Long getProjectId() {
        return projectId;
    }

    public Set<Long> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    /** Empty: the whole network. */
    public Set<Long> getGroupIds() {
        return Set.copyOf(groupIds);
    }
}
