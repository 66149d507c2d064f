package eu.praxis.notification;

import eu.praxis.group.GroupAudience;
import eu.praxis.member.MemberAccounts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records notifications for people, after the rules every kind shares: never the actor themself, only
 * people who may log in, nothing for a kind they switched off or from a group they muted (for kinds a
 * mute silences), and nothing about a subject they may not read, which the owning feature's audience decides
 * for all of them at once, without acting as any of them. Called by this feature's listeners; not by views (no method security).
 */
@Component
public class Notifier {

    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final GroupMuteRepository mutes;
    private final MemberAccounts accounts;
    private final GroupAudience groups;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifier(
            NotificationRepository notifications,
            NotificationSettingRepository settings,
            GroupMuteRepository mutes,
            MemberAccounts accounts,
            GroupAudience groups,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.mutes = mutes;
        this.accounts = accounts;
        this.groups = groups;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Notifies each of the people who may read the subject.
     *
     * @param actorId who did it (never notified), or null for the system (e.g. a reminder)
     * @param groupId the group it happened in, for group mutes; null if none
     * @param audience who of the candidates may see the subject, as the owning feature decides it, e.g.
     *        {@code people -> threads.whoMaySee(threadId, people)}
     * @return the ids of the people notified
     */
    @Transactional
    public Set<Long> notifyPeople(
            NotificationKind kind,
            Collection<Long> personIds,
            Subject subject,
            @Nullable Long actorId,
            @Nullable Long groupId,
            Audience audience) {
        return notify(kind, personIds, subject, actorId, groupId, audience, true);
    }

    /**
     * {@link #notifyPeople} for the active members of the groups, each once, through the first of their groups they
     * have not muted (for group mutes).
     */
    @Transactional
    public void notifyGroupMembers(
            NotificationKind kind, Set<Long> groupIds, Subject subject, long actorId, Audience audience) {
        var notified = new HashSet<Long>();
        for (var groupId : groupIds.stream().sorted().toList()) {
            var members = new HashSet<>(groups.activeMemberIds(groupId));
            members.removeAll(notified);
            notified.addAll(notifyPeople(kind, members, subject, actorId, groupId, audience));
        }
    }

    /**
     * {@link #notifyPeople} about what the owning feature has already mailed to each of them itself (an event's
     * cancellation with its calendar file, a declined request with the lead's message): listed and in digests as
     * each person chose, never mailed at once a second time.
     */
    @Transactional
    public Set<Long> notifyPeopleAlreadyMailed(
            NotificationKind kind,
            Collection<Long> personIds,
            Subject subject,
            @Nullable Long actorId,
            @Nullable Long groupId,
            Audience audience) {
        return notify(kind, personIds, subject, actorId, groupId, audience, false);
    }

    private Set<Long> notify(
            NotificationKind kind,
            Collection<Long> personIds,
            Subject subject,
            @Nullable Long actorId,
            @Nullable Long groupId,
            Audience audience,
            boolean mailAtOnce) {
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
        candidates.removeIf(id -> !deliveries.get(id).recorded());
        var mayLogIn = accounts.viewersOf(candidates).values();
        var mayRead = mayLogIn.isEmpty() ? Set.<Long>of() : audience.whoMaySee(mayLogIn);
        var now = clock.instant();
        var notified = new LinkedHashSet<Long>();
        var toMail = new ArrayList<Long>();
        for (var personId : candidates) {
            if (!mayRead.contains(personId)) {
                continue;
            }
            var delivery = deliveries.get(personId);
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
        return personIds.stream()
                .collect(Collectors.toMap(id -> id, id -> chosen.getOrDefault(id, kind.defaultDelivery())));
    }
}
