package eu.praxis.notification;

import java.util.List;
import java.util.Locale;

/**
 * What a notification is about. Each kind has a default delivery (DD013): what asks something of the
 * person or is about them personally comes by mail at once, the rest of group life in digests.
 */
public enum NotificationKind {
    /** A reply in a thread I started or replied to. */
    REPLY(Delivery.DAILY, true),
    /** Someone @mentioned me. */
    MENTION(Delivery.IMMEDIATE, false),
    /** A practice was published in one of my groups. */
    NEW_PRACTICE(Delivery.WEEKLY, true),
    /** Someone asks to join a group I lead. */
    JOIN_REQUEST(Delivery.IMMEDIATE, true),
    /** My request to join a group was answered. */
    JOIN_OUTCOME(Delivery.IMMEDIATE, false),
    /** Content in a group I lead was reported (moderation). */
    REPORT(Delivery.IMMEDIATE, true),
    /**
     * A practice waits for my review: shared in a group I lead whose publications are reviewed, or (the secretariat)
     * with the whole network when its sharing is reviewed (DD031). It asks something of me, but not at once.
     */
    REVIEW_REQUEST(Delivery.DAILY, false),
    /** A reviewer approved my practice: it is published. */
    REVIEW_APPROVED(Delivery.IMMEDIATE, false),
    /** A reviewer sent my practice back with the changes they ask for. */
    CHANGES_REQUESTED(Delivery.IMMEDIATE, false),
    /** A moderator hid, locked or edited my content. */
    MODERATION(Delivery.IMMEDIATE, false),
    /** An event I registered for starts within a day. */
    EVENT_REMINDER(Delivery.IMMEDIATE, false),
    /** An event I registered for was changed or cancelled. */
    EVENT_CHANGED(Delivery.IMMEDIATE, false),
    /** A European project concerning one of my groups was started. */
    NEW_PROJECT(Delivery.WEEKLY, true),
    /**
     * A call for partners, experts or applications for one of my groups, or for the whole network (it has a deadline:
     * daily).
     */
    NEW_CALL(Delivery.DAILY, true),
    /** The deadline of a call is near and the answer I started for my organisation is not sent. */
    CALL_REMINDER(Delivery.IMMEDIATE, false),
    /**
     * An event was scheduled in one of my groups (registration closes: daily, with a one-click register link in the
     * mail). An event of the whole network tells nobody by notification: it would reach every member, which is the
     * calendar's and the newsletter's job, as for a practice shared with the whole network.
     */
    NEW_EVENT(Delivery.DAILY, true),
    /**
     * The network's monthly newsletter. Not a notification (nothing is recorded in the app): a mail or nothing, which
     * the person chooses like the other kinds and stops with the newsletter's unsubscribe link.
     */
    NEWSLETTER(Delivery.IMMEDIATE, false);

    private final Delivery defaultDelivery;
    private final boolean silencedByGroupMute;

    NotificationKind(Delivery defaultDelivery, boolean silencedByGroupMute) {
        this.defaultDelivery = defaultDelivery;
        this.silencedByGroupMute = silencedByGroupMute;
    }

    public Delivery defaultDelivery() {
        return defaultDelivery;
    }

    /** Message key of the kind's name, e.g. on the settings page. */
    public String labelKey() {
        return "notification.kind." + key();
    }

    /** What the person may choose for this kind: the newsletter comes by mail or not at all. */
    public List<Delivery> choices() {
        return this == NEWSLETTER ? List.of(Delivery.IMMEDIATE, Delivery.OFF) : List.of(Delivery.values());
    }

    /** Message key of the sentence that says what happened; {0} is the actor's name, {1} the subject's title. */
    public String textKey() {
        return "notification.text." + key();
    }

    private String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether muting the group silences this kind. Group activity does; what is addressed to me personally
     * (a mention, the answer to my request, my content, events I registered for) does not.
     */
    public boolean silencedByGroupMute() {
        return silencedByGroupMute;
    }
}
