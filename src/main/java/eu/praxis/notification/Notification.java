package eu.praxis.notification;

import eu.praxis.base.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One thing one person is told about. Refers to the recipient, the actor and the group by id; keeps a
 * snapshot of the subject's title and its permalink. {@code delivery} is decided from the recipient's
 * settings when it is made; {@code emailedAt} and {@code digestId} record that it went out by mail, so
 * that it never goes twice (they are set by conditional updates in the repository, which act as claims).
 */
@Entity
@Table(name = "notification")
public class Notification extends IdentifiedEntity {

    /** From a sequence that hands out 50 ids at a time, so that a fan-out's inserts go in JDBC batches (DD026). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_ids")
    @SequenceGenerator(name = "notification_ids", sequenceName = "notification_ids", allocationSize = 50)
    private @Nullable Long id;

    @Version
    private int version;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "subject_title", nullable = false)
    private String subjectTitle;

    @Column(name = "permalink", nullable = false)
    private String permalink;

    @Column(name = "actor_id")
    private @Nullable Long actorId;

    @Column(name = "group_id")
    private @Nullable Long groupId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", nullable = false)
    private Delivery delivery;

    @Column(name = "emailed_at")
    private @Nullable Instant emailedAt;

    @Column(name = "digest_id")
    private @Nullable Long digestId;

    protected Notification() {
        this(
                0,
                NotificationKind.REPLY,
                new Subject(SubjectType.THREAD, 0, "", ""),
                null,
                null,
                Delivery.IN_APP,
                Instant.EPOCH);
    }

    Notification(
            long recipientId,
            NotificationKind kind,
            Subject subject,
            @Nullable Long actorId,
            @Nullable Long groupId,
            Delivery delivery,
            Instant now) {
        if (!delivery.recorded()) {
            throw new IllegalArgumentException("A notification that is off is not recorded");
        }
        this.recipientId = recipientId;
        this.kind = kind;
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.subjectTitle = subject.title();
        this.permalink = subject.permalink();
        this.actorId = actorId;
        this.groupId = groupId;
        this.delivery = delivery;
        this.createdAt = now;
    }

    /** Marks it read; reading it again keeps the first time. */
    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Subject getSubject() {
        return new Subject(subjectType, subjectId, subjectTitle, permalink);
    }

    public @Nullable Long getActorId() {
        return actorId;
    }

    public @Nullable Long getGroupId() {
        return groupId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public @Nullable Instant getEmailedAt() {
        return emailedAt;
    }

    public @Nullable Long getDigestId() {
        return digestId;
    }

    @Override
    public @Nullable Long getId() {
        return id;
    }
}
