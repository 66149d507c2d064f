package eu.praxis.notification;

import eu.praxis.base.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One digest mail of one person for one period. The unique (person, period, start) makes recording it a
 * claim: a second node or a rerun after a restart cannot record, hence cannot send, the same digest again.
 */
@Entity
@Table(name = "notification_digest")
public class NotificationDigest extends BaseEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "period", nullable = false)
    private DigestPeriod period;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "notification_count", nullable = false)
    private int notificationCount;

    protected NotificationDigest() {
        this(0, DigestPeriod.DAILY, LocalDate.EPOCH, Instant.EPOCH, 0);
    }

    NotificationDigest(long personId, DigestPeriod period, LocalDate periodStart, Instant now, int notificationCount) {
        this.personId = personId;
        this.period = period;
        this.periodStart = periodStart;
        this.sentAt = now;
        this.notificationCount = notificationCount;
    }

    public long getPersonId() {
        return personId;
    }

    public DigestPeriod getPeriod() {
        return period;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }
}
