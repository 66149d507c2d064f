package eu.praxis.notification;

import eu.praxis.content.ContentModerated;
import eu.praxis.discussion.DiscussionService;
import eu.praxis.discussion.Post;
import eu.praxis.discussion.ReplyPosted;
import eu.praxis.discussion.ThreadDetails;
import eu.praxis.discussion.ThreadStarted;
import eu.praxis.group.GroupDetails;
import eu.praxis.group.GroupJoined;
import eu.praxis.group.GroupAccess;
import eu.praxis.group.GroupDirectory;
import eu.praxis.event.EventCancelled;
import eu.praxis.event.EventChanged;
import eu.praxis.event.EventReminderDue;
import eu.praxis.event.EventCalendar;
import eu.praxis.group.JoinRequestDeclined;
import eu.praxis.group.JoinRequested;
import eu.praxis.moderation.ContentReported;
import eu.praxis.practice.PracticePublished;
import eu.praxis.practice.PracticeLibrary;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns other features' events into notifications. Each listener runs after the publisher's commit, in
 * its own transaction and thread; the event publication registry keeps an event until its listener has
 * finished, so that a crash loses none (they are published again on restart). Who may read the subject
 * is asked of the owning feature's service, first as the system (to learn the subject), then as each
 * recipient ({@link Notifier}).
 */
@Component
class NotificationFanOut {

    private final Notifier notifier;
    private final OnBehalf onBehalf;
    private final DiscussionService discussions;
    private final PracticeLibrary practices;
    private final GroupDirectory groups;
    private final GroupAccess groupAccess;
    private final EventCalendar events;

    NotificationFanOut(Notifier notifier, OnBehalf onBehalf, DiscussionService discussions, PracticeLibrary practices,
            GroupDirectory groups, GroupAccess groupAccess, EventCalendar events) {
        this.notifier = notifier;
        this.onBehalf = onBehalf;
        this.discussions = discussions;
        this.practices = practices;
        this.groups = groups;
        this.groupAccess = groupAccess;
        this.events = events;
    }

    /** A new thread tells only the people it mentions; the group's other members see it on the group page. */
    @ApplicationModuleListener
    void on(ThreadStarted event) {
        onBehalf.readAsSystem(() -> discussions.thread(event.threadId())).ifPresent(thread -> notifier.notifyPeople(
                NotificationKind.MENTION, event.mentionedPersonIds(), subjectOf(thread), event.authorId(),
                event.groupId(), () -> discussions.thread(event.threadId())));
    }

    /**
     * A reply tells the people it mentions (a mention), and the thread's author and earlier repliers (a
     * reply); someone both mentioned and taking part gets only the mention.
     */
    @ApplicationModuleListener
    void on(ReplyPosted event) {
        onBehalf.readAsSystem(() -> discussions.thread(event.threadId())).ifPresent(thread -> {
            var subject = subjectOf(thread);
            var mentioned = new HashSet<>(event.mentionedPersonIds());
            notifier.notifyPeople(NotificationKind.MENTION, mentioned, subject, event.authorId(), event.groupId(),
                    () -> discussions.thread(event.threadId()));
            var takingPart = new LinkedHashSet<Long>();
            takingPart.add(thread.opening().authorId());
            thread.replies().stream().filter(r -> r.id() != event.replyId()).map(Post::authorId)
                    .forEach(takingPart::add);
            takingPart.removeAll(mentioned);
            notifier.notifyPeople(NotificationKind.REPLY, takingPart, subject, event.authorId(), event.groupId(),
                    () -> discussions.thread(event.threadId()));
        });
    }

    /**
     * A published practice tells the active members of the groups it is shared in (not everyone when it is
     * shared with the whole network: that is what the library is for). Someone in several of its groups is
     * told once, through a group they have not muted.
     */
    @ApplicationModuleListener
    void on(PracticePublished event) {
        onBehalf.readAsSystem(() -> practices.get(event.practiceId())).ifPresent(practice -> {
            var subject = new Subject(SubjectType.PRACTICE, practice.id(), practice.title(), practice.permalink());
            var notified = new HashSet<Long>();
            for (var groupId : event.groupIds().stream().sorted().toList()) {
                var members = new HashSet<>(OnBehalf.asSystem(() -> groupAccess.activeMemberIds(groupId)));
                members.removeAll(notified);
                notified.addAll(notifier.notifyPeople(NotificationKind.NEW_PRACTICE, members, subject,
                        event.authorId(), groupId, () -> practices.get(event.practiceId())));
            }
        });
    }

    /** A request to join goes to the group's leads (the secretariat, who may also admit, sees the list). */
    @ApplicationModuleListener
    void on(JoinRequested event) {
        group(event.groupId()).ifPresent(group -> notifier.notifyPeople(NotificationKind.JOIN_REQUEST,
                group.leads().stream().map(l -> l.id()).toList(), subjectOf(group), event.personId(),
                event.groupId(), () -> groups.get(group.slug())));
    }

    /** Being admitted answers the person's request; joining an open group or being added is no news to tell. */
    @ApplicationModuleListener
    void on(GroupJoined event) {
        if (!event.onRequest()) {
            return;
        }
        group(event.groupId()).ifPresent(group -> notifier.notifyPeople(NotificationKind.JOIN_OUTCOME,
                List.of(event.personId()), subjectOf(group), null, event.groupId(),
                () -> groups.get(group.slug())));
    }

    /**
     * A declined request is answered in the app and the digests only: the group feature mails the decline at once
     * with the lead's message, so that nobody gets two mails about it.
     */
    @ApplicationModuleListener
    void on(JoinRequestDeclined event) {
        onBehalf.readAsSystem(() -> groups.find(event.groupId())).flatMap(found -> found)
                .ifPresent(group -> notifier.notifyPeopleAlreadyMailed(NotificationKind.JOIN_OUTCOME,
                        List.of(event.personId()),
                        new Subject(SubjectType.GROUP, group.id(), group.name(), "groups/" + group.slug()), null,
                        event.groupId(), () -> groups.find(event.groupId())));
    }

    /** The author hears what a moderator did to their thread or reply, as long as they can still open it. */
    @ApplicationModuleListener
    void on(ContentModerated event) {
        var threadId = event.threadId();
        if (threadId == null) {
            return; // not a thread or a reply
        }
        onBehalf.readAsSystem(() -> discussions.thread(threadId)).ifPresent(thread -> notifier.notifyPeople(
                NotificationKind.MODERATION, List.of(event.authorId()), subjectOf(thread), event.moderatorId(),
                event.groupId(), () -> discussions.thread(threadId)));
    }

    /** The author hears what a moderator did to their practice, as long as they can still open it. */
    @ApplicationModuleListener(condition = "#event.targetType() == 'practice'")
    void onPractice(eu.praxis.content.ContentModerated event) {
        onBehalf.readAsSystem(() -> practices.get(event.targetId())).ifPresent(practice -> notifier.notifyPeople(
                NotificationKind.MODERATION, List.of(event.authorId()),
                new Subject(SubjectType.PRACTICE, practice.id(), practice.title(), practice.permalink()),
                event.moderatorId(), null, () -> practices.get(event.targetId())));
    }

    /** A report goes to the leads of the groups where the content lives; the secretariat watches the global queue. */
    @ApplicationModuleListener
    void on(ContentReported event) {
        for (var groupId : event.groupIds().stream().sorted().toList()) {
            group(groupId).ifPresent(group -> notifier.notifyPeople(NotificationKind.REPORT,
                    group.leads().stream().map(l -> l.id()).toList(),
                    new Subject(SubjectType.REPORT, event.reportId(), group.name(), "moderation/group/" + group.slug()),
                    event.reporterId(), groupId, () -> groups.get(group.slug())));
        }
    }

    @ApplicationModuleListener
    void on(EventReminderDue event) {
        notifyRegistered(NotificationKind.EVENT_REMINDER, event.eventId(), event.registeredPersonIds());
    }

    @ApplicationModuleListener
    void on(EventChanged event) {
        notifyRegistered(NotificationKind.EVENT_CHANGED, event.eventId(), event.registeredPersonIds());
    }

    /** The event feature mails each registered person the cancellation with its calendar file: no second mail. */
    @ApplicationModuleListener
    void on(EventCancelled event) {
        notifyRegistered(NotificationKind.EVENT_CHANGED, event.eventId(), event.registeredPersonIds(), false);
    }

    private void notifyRegistered(NotificationKind kind, long eventId, Set<Long> registered) {
        notifyRegistered(kind, eventId, registered, true);
    }

    private void notifyRegistered(NotificationKind kind, long eventId, Set<Long> registered, boolean mailAtOnce) {
        onBehalf.readAsSystem(() -> events.get(eventId)).ifPresent(found -> {
            var subject = new Subject(SubjectType.EVENT, found.id(), found.title(), "events/" + found.id());
            Supplier<?> readAsRecipient = () -> events.get(eventId);
            if (mailAtOnce) {
                notifier.notifyPeople(kind, registered, subject, null, found.groupId(), readAsRecipient);
            } else {
                notifier.notifyPeopleAlreadyMailed(kind, registered, subject, null, found.groupId(), readAsRecipient);
            }
        });
    }

    private Optional<GroupDetails> group(long groupId) {
        return onBehalf.readAsSystem(() -> groups.find(groupId)).flatMap(found -> found)
                .flatMap(item -> onBehalf.readAsSystem(() -> groups.get(item.slug())));
    }

    private static Subject subjectOf(ThreadDetails thread) {
        var permalink = thread.ofPractice() ? "practices/" + thread.practiceId() + "/" + thread.practiceSlug()
                : "threads/" + thread.id();
        return new Subject(SubjectType.THREAD, thread.id(), thread.title(), permalink);
    }

    private static Subject subjectOf(GroupDetails group) {
        return new Subject(SubjectType.GROUP, group.id(), group.name(), "groups/" + group.slug());
    }
}
