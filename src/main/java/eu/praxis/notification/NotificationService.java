package eu.praxis.notification;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupListItem;
import eu.praxis.member.MemberAccounts;
import eu.praxis.member.MemberService;
import eu.praxis.notification.NotificationSettings.GroupChoice;
import eu.praxis.security.CurrentUser;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logged-in person's notifications and settings; and unsubscribing from one kind of mail by the
 * signed link of a mail, which needs no login. Everything here concerns only the caller's own data.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class NotificationService {

    /** Route of the notifications page. */
    public static final String NOTIFICATIONS_PATH = "notifications";
    /** Route of the settings page. */
    public static final String SETTINGS_PATH = "notifications/settings";
    /** Route of the unsubscribe page, followed by the token. */
    public static final String UNSUBSCRIBE_PATH = "notifications/unsubscribe";

    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final GroupMuteRepository mutes;
    private final MailTokens tokens;
    private final MemberService members;
    private final MemberAccounts accounts;
    private final GroupDirectory groups;
    private final Clock clock;

    NotificationService(
            NotificationRepository notifications,
            NotificationSettingRepository settings,
            GroupMuteRepository mutes,
            MailTokens tokens,
            MemberService members,
            MemberAccounts accounts,
            GroupDirectory groups,
            Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.mutes = mutes;
        this.tokens = tokens;
        this.members = members;
        this.accounts = accounts;
        this.groups = groups;
        this.clock = clock;
    }

    /** My notifications, newest first. */
    public Slice<NotificationItem> mine(Pageable page) {
        var slice = notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(me(), page);
        var actors = members.summaries(slice.stream()
                .map(Notification::getActorId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return slice.map(n -> {
            var actor = n.getActorId() == null ? null : actors.get(n.getActorId());
            return new NotificationItem(
                    Objects.requireNonNull(n.getId()),
                    n.getKind(),
                    n.getSubject().title(),
                    n.getSubject().permalink(),
                    actor == null ? null : actor.name(),
                    n.getCreatedAt(),
                    n.getReadAt() != null);
        });
    }

    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(me());
    }

    /**
     * Marks one of my notifications read.
     *
     * @return the path of the page it is about (which says "not found" if the thing is gone or hidden since)
     */
    @Transactional
    public String open(long notificationId) {
        var notification =
                notifications.findByIdAndRecipientId(notificationId, me()).orElseThrow(NotFoundException::new);
        notification.markRead(clock.instant());
        return notification.getSubject().permalink();
    }

    /** @return how many were unread */
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(me(), clock.instant());
    }

    public NotificationSettings mySettings() {
        var me = me();
        var deliveries = new EnumMap<NotificationKind, Delivery>(NotificationKind.class);
        for (var kind : NotificationKind.values()) {
            deliveries.put(kind, kind.defaultDelivery());
        }
        settings.findByPersonId(me).forEach(s -> deliveries.put(s.getKind(), s.getDelivery()));
        var muted = mutes.findByPersonIdOrderByMutedAt(me).stream()
                .map(GroupMute::getGroupId)
                .toList();
        var names = groups.groupNames(muted);
        var mutedGroups = muted.stream()
                .filter(names::containsKey)
                .map(id -> new GroupChoice(id, names.get(id)))
                .toList();
        var toMute = groups.myGroups().stream()
                .filter(g -> !muted.contains(g.id()))
                .sorted(Comparator.comparing(GroupListItem::name, String.CASE_INSENSITIVE_ORDER))
                .map(g -> new GroupChoice(g.id(), g.name()))
                .toList();
        return new NotificationSettings(deliveries, mutedGroups, toMute);
    }

    /** How I want one kind of notification; what waits for a digest follows the new choice. */
    @Transactional
    public void changeDelivery(NotificationKind kind, Delivery delivery) {
        if (!kind.choices().contains(delivery)) {
            throw new UserFacingException("notification.error.delivery-not-offered");
        }
        change(me(), kind, delivery);
    }

    /** Silences a group's activity for me ({@link NotificationKind#silencedByGroupMute()}); a group I may see. */
    @Transactional
    public void muteGroup(long groupId) {
        var me = me();
        if (groups.groupNames(Set.of(groupId)).isEmpty()) {
            throw new NotFoundException();
        }
        if (mutes.findByPersonIdAndGroupId(me, groupId).isEmpty()) {
            mutes.save(new GroupMute(me, groupId, clock.instant()));
        }
    }

    @Transactional
    public void unmuteGroup(long groupId) {
        mutes.findByPersonIdAndGroupId(me(), groupId).ifPresent(mutes::delete);
    }

    /**
     * Stops the mails of one kind for the person a mail's link names, without login: the kind stays in the
     * app (or stays off if it was off).
     *
     * @return the kind, or empty if the token is not one of ours or names nobody
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public Optional<NotificationKind> unsubscribe(String token) {
        return tokens.readUnsubscribe(token)
                .filter(u -> !accounts.namesOf(Set.of(u.personId())).isEmpty())
                .map(u -> {
                    var current = settings.findByPersonIdAndKind(u.personId(), u.kind())
                            .map(NotificationSetting::getDelivery)
                            .orElse(u.kind().defaultDelivery());
                    var stopped = current == Delivery.OFF || !u.kind().choices().contains(Delivery.IN_APP)
                            ? Delivery.OFF
                            : Delivery.IN_APP;
                    change(u.personId(), u.kind(), stopped);
                    return u.kind();
                });
    }

    private void change(long personId, NotificationKind kind, Delivery delivery) {
        settings.findByPersonIdAndKind(personId, kind)
                .ifPresentOrElse(
                        s -> s.change(delivery),
                        () -> settings.save(new NotificationSetting(personId, kind, delivery)));
        notifications.redirectWaiting(personId, kind, delivery.digest() ? delivery : Delivery.IN_APP);
    }

    private static long me() {
        return CurrentUser.require().personId();
    }
}
