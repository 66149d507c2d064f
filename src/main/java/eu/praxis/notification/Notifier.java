package eu.praxis.notification;

import eu.praxis.security.PraxisUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records notifications for people, after the rules every kind shares: never the actor themself, only
 * people who may log in, nothing for a kind they switched off or from a group they muted (for kinds a
 * mute silences), and nothing about a subject they may not read, which each recipient's own call to the
 * owning feature's service decides. Called by this feature's listeners; not by views (no method security).
 */
@Component
public class Notifier {

    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final GroupMuteRepository mutes;
    private final OnBehalf onBehalf;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifier(NotificationRepository notifications, NotificationSettingRepository settings, GroupMuteRepository mutes,
            OnBehalf onBehalf, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.mutes = mutes;
        this.onBehalf = onBehalf;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Notifies each of the people who may read the subject.
     *
     * @param actorId who did it (never notified), or null for the system (e.g. a reminder)
     * @param groupId the group it happened in, for group mutes; null if none
     * @param readAsRecipient a call to the owning feature's service that succeeds only for someone who may read
     *        the subject (it runs as each recipient; "not found" or "denied" leaves them out), e.g.
     *        {@code () -> events.get(eventId)}
     * @return the ids of the people notified
     */
    @Transactional
    public Set<Long> notifyPeople(NotificationKind kind, Collection<Long> personIds, Subject subject,
            @Nullable Long actorId, @Nullable Long groupId, Supplier<?> readAsRecipient) {
        return notify(kind, personIds, subject, actorId, groupId, readAsRecipient, true);
    }

    /**
     * {@link #notifyPeople} about what the owning feature has already mailed to each of them itself (an event's
     * cancellation with its calendar file, a declined request with the lead's message): listed and in digests as
     * each person chose, never mailed at once a second time.
     */
    @Transactional
    public Set<Long> notifyPeopleAlreadyMailed(NotificationKind kind, Collection<Long> personIds, Subject subject,
            @Nullable Long actorId, @Nullable Long groupId, Supplier<?> readAsRecipient) {
        return notify(kind, personIds, subject, actorId, groupId, readAsRecipient, false);
    }

    private Set<Long> notify(NotificationKind kind, Collection<Long> personIds, Subject subject,
            @Nullable Long actorId, @Nullable Long groupId, Supplier<?> readAsRecipient, boolean mailAtOnce) {
        var candidates = new LinkedHashSet<>(personIds);
        if (actorId != null) {
            candidates.remove(actorId);
        }
        if (kind.silencedByGroupMute() && groupId != null && !candidates.isEmpty()) {
            mutes.findByGroupIdAndPersonIdIn(groupId, candidates).forEach(m -> candidates.remove(m.getPersonId()));
        }
        if (candidates.isEmpty()) {
            return Set.of();
        }
        var deliveries = deliveries(kind, candidates);
        var people = onBehalf.activeAccounts(candidates);
        var now = clock.instant();
        var notified = new LinkedHashSet<Long>();
        var toMail = new ArrayList<Long>();
        for (var personId : candidates) {
            var delivery = deliveries.get(personId);
            PraxisUser person = people.get(personId);
            if (!delivery.recorded() || person == null || onBehalf.read(person, readAsRecipient).isEmpty()) {
                continue;
            }
            var saved = notifications.save(new Notification(personId, kind, subject, actorId, groupId, delivery, now));
            notified.add(personId);
            if (delivery == Delivery.IMMEDIATE && mailAtOnce) {
                toMail.add(Objects.requireNonNull(saved.getId()));
            }
        }
        if (!toMail.isEmpty()) {
            events.publishEvent(new NotificationMailDue(toMail));
        }
        return notified;
    }

    /** Each person's delivery of the kind: their setting, or the kind's default. */
    private Map<Long, Delivery> deliveries(NotificationKind kind, Collection<Long> personIds) {
        var chosen = settings.findByKindAndPersonIdIn(kind, personIds).stream()
                .collect(Collectors.toMap(NotificationSetting::getPersonId, NotificationSetting::getDelivery));
        return personIds.stream().collect(Collectors.toMap(id -> id, id -> chosen.getOrDefault(id, kind.defaultDelivery())));
    }
}
