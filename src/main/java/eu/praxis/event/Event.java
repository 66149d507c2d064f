package eu.praxis.event;

import eu.praxis.base.UserFacingException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/**
 * An event: when (instants, plus the organiser's zone), where (a place, an online link or both), for whom
 * (the network, or the members of its groups), how many places. It belongs to no group (the whole network's) or
 * to an organising group and possibly more (a joint session of two working groups), and refers to them and to
 * its organiser by id. The iCalendar
 * sequence rises with every change and with the cancellation, so that calendar apps replace their copy.
 * Indexed for search by {@link EventIndexBinder}.
 */
@Entity
@Table(name = "event")
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = EventIndexBinder.class))
public class Event {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 20_000;
    public static final int PLACE_MAX = 300;
    public static final int LINK_MAX = 500;
    public static final int CAPACITY_MAX = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private EventKind kind;

    @Column(name = "title", nullable = false)
    private String title = "";

    @Column(name = "description_markdown", nullable = false)
    private String descriptionMarkdown = "";

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "time_zone", nullable = false)
    private String timeZone = "UTC";

    @Column(name = "place")
    private @Nullable String place;

    @Column(name = "online_link")
    private @Nullable String onlineLink;

    /** The organising group: the one named first and in the audit log; also one of {@link #groupIds}. */
    @Column(name = "group_id")
    private @Nullable Long groupId;

    /** All its groups, the organising one included; empty for an event of the whole network. */
    @ElementCollection
    @CollectionTable(name = "event_group", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "group_id")
    // the calendar lists many events at once: their groups in a few queries, not one per event
    @BatchSize(size = 100)
    private Set<Long> groupIds = new HashSet<>();

    /** The project whose timeline the event is on, if any; set by the secretariat from the project. */
    @Column(name = "project_id")
    private @Nullable Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false)
    private EventAudience audience = EventAudience.NETWORK;

    @Column(name = "capacity")
    private @Nullable Integer capacity;

    @Column(name = "registration_deadline", nullable = false)
    private Instant registrationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private EventStatus status = EventStatus.SCHEDULED;

    @Column(name = "ical_sequence", nullable = false)
    private int icalSequence;

    @Column(name = "organiser_id", nullable = false)
    private long organiserId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "reminder_sent_at")
    private @Nullable Instant reminderSentAt;

    protected Event() {
        this(EventKind.SEMINAR, 0, Instant.EPOCH);
    }

    Event(EventKind kind, long organiserId, Instant now) {
        this.kind = kind;
        this.organiserId = organiserId;
        this.createdAt = now;
        this.updatedAt = now;
        this.startsAt = now;
        this.endsAt = now;
        this.registrationDeadline = now;
    }

    /** Takes over a validated draft (times already in instants); the sequence rises on every change but the first. */
    void apply(EventDraft draft, Instant start, Instant end, Instant deadline, Instant now) {
        if (status == EventStatus.CANCELLED) {
            throw new UserFacingException("event.error.cancelled");
        }
        if (id != null) {
            icalSequence++;
        }
        if (!start.equals(startsAt) && start.isAfter(now.plus(EventReminders.AHEAD))) {
            // moved to a later day: the reminder is due again before the new start
            reminderSentAt = null;
        }
        kind = draft.kind();
        title = draft.title().strip();
        descriptionMarkdown =
                draft.description() == null ? "" : draft.description().strip();
        startsAt = start;
        endsAt = end;
        timeZone = draft.timeZone().getId();
        place = blankToNull(draft.place());
        onlineLink = blankToNull(draft.onlineLink());
        groupId = draft.groupId();
        groupIds.clear();
        groupIds.addAll(draft.groupIds());
        audience = draft.groupId() != null && draft.groupMembersOnly()
                ? EventAudience.GROUP_MEMBERS
                : EventAudience.NETWORK;
        capacity = draft.capacity();
        registrationDeadline = deadline;
        updatedAt = now;
    }

    void cancel(Instant now) {
        if (status == EventStatus.CANCELLED) {
            throw new UserFacingException("event.error.cancelled");
        }
        status = EventStatus.CANCELLED;
        icalSequence++;
        updatedAt = now;
    }

    boolean isCancelled() {
        return status == EventStatus.CANCELLED;
    }

    /** Whether it has begun (or is over): the moment from which attendance can be recorded. */
    boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    /** Whether people may still register or cancel at this moment. */
    boolean isRegistrationOpen(Instant now) {
        return status == EventStatus.SCHEDULED && now.isBefore(registrationDeadline) && now.isBefore(startsAt);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public @Nullable Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescriptionMarkdown() {
        return descriptionMarkdown;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public @Nullable String getPlace() {
        return place;
    }

    public @Nullable String getOnlineLink() {
        return onlineLink;
    }

    public @Nullable Long getProjectId() {
        return projectId;
    }

    void setProjectId(@Nullable Long projectId) {
        this.projectId = projectId;
    }

    public @Nullable Long getGroupId() {
        return groupId;
    }

    public Set<Long> getGroupIds() {
        return Set.copyOf(groupIds);
    }

    public EventAudience getAudience() {
        return audience;
    }

    public @Nullable Integer getCapacity() {
        return capacity;
    }

    public Instant getRegistrationDeadline() {
        return registrationDeadline;
    }

    public EventStatus getStatus() {
        return status;
    }

    public int getIcalSequence() {
        return icalSequence;
    }

    public long getOrganiserId() {
        return organiserId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Instant getReminderSentAt() {
        return reminderSentAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Event other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
