package eu.praxis.notification;

import eu.praxis.call.AnswerReminderDue;
import eu.praxis.call.CallPaths;
import eu.praxis.call.CallPublished;
import eu.praxis.event.EventCancelled;
import eu.praxis.event.EventChanged;
import eu.praxis.event.EventPaths;
import eu.praxis.event.EventReaders;
import eu.praxis.event.EventReminderDue;
import eu.praxis.event.EventScheduled;
import eu.praxis.member.MemberAccounts;
import eu.praxis.project.ProjectLaunched;
import eu.praxis.project.ProjectPaths;
import eu.praxis.security.Role;
import eu.praxis.security.Viewer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the network's life into notifications: projects, calls and events. Like {@link NotificationFanOut} (group
 * life: discussions, practices, memberships, moderation), each listener runs after the publisher's commit, in its own
 * transaction, and asks the owning feature who may read what it tells.
 */
@Component
class NetworkNotifications {

    /** For what every person who may log in reads (projects), or what the recipients were chosen to read (calls). */
    private static final Audience EVERYONE =
            people -> people.stream().map(Viewer::personId).collect(Collectors.toSet());

    private final Notifier notifier;
    private final EventReaders eventReaders;
    private final MemberAccounts accounts;

    NetworkNotifications(Notifier notifier, EventReaders eventReaders, MemberAccounts accounts) {
        this.notifier = notifier;
        this.eventReaders = eventReaders;
        this.accounts = accounts;
    }

    /**
     * A new project tells the active members of the working groups it concerns, once each, through a group they have
     * not muted. Everyone who may log in reads projects, so the audience is everyone.
     */
    @ApplicationModuleListener
    void on(ProjectLaunched event) {
        var subject = new Subject(
                SubjectType.PROJECT, event.projectId(), event.title(), ProjectPaths.project(event.projectId()));
        notifier.notifyGroupMembers(NotificationKind.NEW_PROJECT, event.groupIds(), subject, event.actorId(), EVERYONE);
    }

    /**
     * A new call tells the members of the groups concerned ({@link CallPublished#groupIds}), once each; a call for the
     * whole network that concerns no group is for every member organisation to answer, so every member is told.
     */
    @ApplicationModuleListener
    void on(CallPublished event) {
        var subject = new Subject(SubjectType.CALL, event.callId(), event.title(), CallPaths.call(event.callId()));
        // the groups to tell are chosen so that their members may read the call
        if (event.groupIds().isEmpty()) {
            notifier.notifyPeople(
                    NotificationKind.NEW_CALL,
                    accounts.activeWithRole(Role.MEMBER),
                    subject,
                    event.actorId(),
                    null,
                    EVERYONE);
        } else {
            notifier.notifyGroupMembers(
                    NotificationKind.NEW_CALL, event.groupIds(), subject, event.actorId(), EVERYONE);
        }
    }

    /**
     * The person who started their organisation's answer hears that it is not sent, shortly before the deadline; they
     * saw the call to start it, and its page checks again.
     */
    @ApplicationModuleListener
    void on(AnswerReminderDue event) {
        var subject = new Subject(SubjectType.CALL, event.callId(), event.title(), CallPaths.call(event.callId()));
        notifier.notifyPeople(NotificationKind.CALL_REMINDER, List.of(event.personId()), subject, null, null, EVERYONE);
    }

    /**
     * A new event tells the active members of its groups, once each (a joint session of two groups too), through a
     * group they have not muted, if the event's rule lets them see it. An event of the whole network has no groups
     * and tells nobody this way ({@link NotificationKind#NEW_EVENT}).
     */
    @ApplicationModuleListener
    void on(EventScheduled event) {
        eventReaders
                .event(event.eventId())
                .ifPresent(found -> notifier.notifyGroupMembers(
                        NotificationKind.NEW_EVENT,
                        event.groupIds(),
                        subjectOf(found),
                        event.actorId(),
                        audienceOf(found)));
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
        eventReaders.event(eventId).ifPresent(found -> {
            var subject = subjectOf(found);
            var audience = audienceOf(found);
            if (mailAtOnce) {
                notifier.notifyPeople(kind, registered, subject, null, found.groupId(), audience);
            } else {
                notifier.notifyPeopleAlreadyMailed(kind, registered, subject, null, found.groupId(), audience);
            }
        });
    }

    private static Subject subjectOf(EventReaders.EventTitle event) {
        return new Subject(SubjectType.EVENT, event.id(), event.title(), EventPaths.event(event.id()));
    }

    private Audience audienceOf(EventReaders.EventTitle event) {
        return people -> eventReaders.whoMaySee(event.id(), people);
    }
}
