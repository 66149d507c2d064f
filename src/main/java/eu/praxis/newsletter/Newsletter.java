package eu.praxis.newsletter;

import eu.praxis.base.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An issue of the newsletter: its subject, the secretariat's introduction and its items. */
@Entity
@Table(name = "newsletter")
public class Newsletter extends BaseEntity {

    public static final int SUBJECT_MAX = 200;
    public static final int INTRO_MAX = 10_000;

    @Version
    private int version;

    @Column(name = "subject", nullable = false)
    private String subject = "";

    @Column(name = "intro_markdown", nullable = false)
    private String intro = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private NewsletterStatus status = NewsletterStatus.DRAFT;

    @Column(name = "prepared_by", nullable = false)
    private long preparedBy;

    /** The items are what was published for the network after this moment. */
    @Column(name = "covers_from", nullable = false)
    private Instant coversFrom = Instant.EPOCH;

    @ElementCollection
    @CollectionTable(name = "newsletter_item", joinColumns = @JoinColumn(name = "newsletter_id"))
    @OrderColumn(name = "position")
    private List<NewsletterItem> items = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "sending_from")
    private @Nullable Instant sendingFrom;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "recipients", nullable = false)
    private int recipients;

    protected Newsletter() {}

    Newsletter(String subject, long preparedBy, Instant coversFrom, List<NewsletterItem> items, Instant now) {
        this.subject = subject;
        this.preparedBy = preparedBy;
        this.coversFrom = coversFrom;
        this.items.addAll(items);
        createdAt = now;
        updatedAt = now;
    }

    void edit(String newSubject, String newIntro, Instant now) {
        subject = newSubject;
        intro = newIntro;
        updatedAt = now;
    }

    /** @return whether there was such an item */
    boolean removeItem(int position, Instant now) {
        if (position < 0 || position >= items.size()) {
            return false;
        }
        items.remove(position);
        updatedAt = now;
        return true;
    }

    void startSending(int recipientCount, Instant now) {
        status = NewsletterStatus.SENDING;
        recipients = recipientCount;
        sendingFrom = now;
        updatedAt = now;
    }

    void sent(Instant now) {
        status = NewsletterStatus.SENT;
        sentAt = now;
    }

    public int getVersion() {
        return version;
    }

    public String getSubject() {
        return subject;
    }

    public String getIntro() {
        return intro;
    }

    public NewsletterStatus getStatus() {
        return status;
    }

    public long getPreparedBy() {
        return preparedBy;
    }

    public Instant getCoversFrom() {
        return coversFrom;
    }

    List<NewsletterEntry> entries() {
        return items.stream().map(NewsletterItem::entry).toList();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getSendingFrom() {
        return sendingFrom;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }

    public int getRecipients() {
        return recipients;
    }
}
