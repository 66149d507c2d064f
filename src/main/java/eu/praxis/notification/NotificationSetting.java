package eu.praxis.notification;

import eu.praxis.base.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A person's choice of delivery for one kind; without a row the kind's default applies. */
@Entity
@Table(name = "notification_setting")
public class NotificationSetting extends BaseEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", nullable = false)
    private Delivery delivery;

    protected NotificationSetting() {
        this(0, NotificationKind.REPLY, Delivery.IN_APP);
    }

    NotificationSetting(long personId, NotificationKind kind, Delivery delivery) {
        this.personId = personId;
        this.kind = kind;
        this.delivery = delivery;
    }

    void change(Delivery newDelivery) {
        delivery = newDelivery;
    }

    public long getPersonId() {
        return personId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Delivery getDelivery() {
        return delivery;
    }
}
