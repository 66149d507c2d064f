package eu.praxis.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A person's choice of delivery for one kind; without a row the kind's default applies. */
@Entity
@Table(name = "notification_setting")
public class NotificationSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

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

    @Override
    public boolean equals(Object o) {
        return o instanceof NotificationSetting other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return NotificationSetting.class.hashCode();
    }
}
