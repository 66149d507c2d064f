package eu.praxis.notification;

import eu.praxis.content.ContentModerated;
import eu.praxis.discussion.DiscussionPaths;
import eu.praxis.discussion.ReplyPosted;
import eu.praxis.discussion.ThreadAudience;
import eu.praxis.discussion.ThreadStarted;
import eu.praxis.group.GroupAudience;
import eu.praxis.group.GroupJoined;
import eu.praxis.group.GroupPaths;
import eu.praxis.group.JoinRequestDeclined;
import eu.praxis.group.JoinRequested;
import eu.praxis.member.MemberAccounts;
import eu.praxis.moderation.ContentReported;
import eu.praxis.practice.PracticeAudience;
import eu.praxis.practice.PracticePaths;
import eu.praxis.practice.PracticePublished;
import eu.praxis.practice.PracticeReviewed;
import eu.praxis.practice.PracticeSubmitted;
import eu.praxis.security.Role;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns other features' events into notifications. Each listener runs after the publisher's commit, in
 * its own transaction and thread; the event publication registry keeps an event until its listener has
 * finished, so that a crash loses none (they are published again on restart). What the subject is and who
 * may read it are asked of the owning feature's audience component, for all the candidates at once and
 * without acting as anyone ({@link Notifier}).
 */
@Component
class NotificationFanOut {

    private final Notifier notifier;
    private final ThreadAudience threads;
    private final PracticeAudience practices;
    private final GroupAudience groupAudience;
    private final MemberAccounts accounts;

    NotificationFanOut(
            Notifier notifier,
            ThreadAudience threads,
            PracticeAudience practices,
            GroupAudience groupAudience,
            MemberAccounts accounts) {
        this.notifier = notifier;
        this.threads = threads;
        this.practices = practices;
        this.groupAudience = groupAudience;
        this.accounts = accounts;
    }

    /** A new thread tells only the people it mentions; the group's other members see it on the group page. */
    @ApplicationModuleListener
    void on(ThreadStarted event) {
        threads.thread(event.threadId())
                .ifPresent(thread -> notifier.notifyPeople(
                        NotificationKind.MENTION,
                        event.mentionedPersonIds(),
                        subjectOf(thread),
                        event.authorId(),
                        event.groupId(),
                        audienceOf(thread)));
    }

    /**
     * A reply tells the people it mentions (a mention), and the thread's author and earlier repliers (a
     * reply); someone both mentioned and taking part gets only the mention. The participants include the
     * reply's own author, who as the actor is never told.
     */
    @ApplicationModuleListener
    void on(ReplyPosted event) {
        threads.thread(event.threadId()).ifPresent(thread -> {
            var subject = subjectOf(thread);
            var audience = audienceOf(thread);
            var mentioned = new HashSet<>(event.mentionedPersonIds());
            notifier.notifyPeople(
                    NotificationKind.MENTION, mentioned, subject, event.authorId(), event.groupId(), audience);
            var takingPart = new LinkedHashSet<>(thread.participantIds());
            takingPart.removeAll(mentioned);
            notifier.notifyPeople(
                    NotificationKind.REPLY, takingPart, subject, event.authorId(), event.groupId(), audience);
        });
    }

    /**
     * A published practice tells the active members of the groups it is shared in (not everyone when it is
     * shared with the whole network: that is what the library is for). Someone in several of its groups is
     * told once, through a group they have not muted.
     */
    @ApplicationModuleListener
    void on(PracticePublished event) {
        practices
                .practice(event.practiceId())
                .ifPresent(practice -> notifier.notifyGroupMembers(
                        NotificationKind.NEW_PRACTICE,
                        event.groupIds(),
                        subjectOf(practice),
                        event.authorId(),
                        audienceOf(practice)));
    }

    /**
     * A submitted practice goes to its reviewers (DD031): the leads of its groups that review publications, and the
     * secretariat when it is its review (sharing with the whole network); the secretariat also watches the queue.
     * Nobody mutes it: it asks something of them.
     */
    @ApplicationModuleListener
    void on(PracticeSubmitted event) {
        practices.practice(event.practiceId()).ifPresent(practice -> {
            var reviewers = new LinkedHashSet<Long>();
            for (var groupId : event.reviewingGroupIds().stream().sorted().toList()) {
                groupAudience.group(groupId).ifPresent(group -> reviewers.addAll(group.leadIds()));
            }
            if (event.bySecretariat()) {
                reviewers.addAll(accounts.activeWithRole(Role.ADMIN));
            }
            notifier.notifyPeople(
                    NotificationKind.REVIEW_REQUEST,
                    reviewers,
                    subjectOf(practice),
                    event.authorId(),
                    null,
                    audienceOf(practice));
        });
    }

    /** The author hears the reviewer's decision: published, or back with a comment (on the practice's page). */
    @ApplicationModuleListener
    void on(PracticeReviewed event) {
        practices
                .practice(event.practiceId())
                .ifPresent(practice -> notifier.notifyPeople(
                        event.approved() ? NotificationKind.REVIEW_APPROVED : NotificationKind.CHANGES_REQUESTED,
                        List.of(event.authorId()),
                        subjectOf(practice),
                        event.reviewerId(),
                        null,
                        audienceOf(practice)));
    }

    /** A request to join goes to the group's leads (the secretariat, who may also admit, sees the list). */
    @ApplicationModuleListener
    void on(JoinRequested event) {
        groupAudience
                .group(event.groupId())
                .ifPresent(group -> notifier.notifyPeople(
                        NotificationKind.JOIN_REQUEST,
                        group.leadIds(),
                        subjectOf(group),
                        event.personId(),
                        event.groupId(),
                        audienceOf(group)));
    }

    /** Being admitted answers the person's request; joining an open group or being added is no news to tell. */
    @ApplicationModuleListener
    void on(GroupJoined event) {
        if (!event.onRequest()) {
            return;
        }
        groupAudience
                .group(event.groupId())
                .ifPresent(group -> notifier.notifyPeople(
                        NotificationKind.JOIN_OUTCOME,
                        List.of(event.personId()),
                        subjectOf(group),
                        null,
                        event.groupId(),
                        audienceOf(group)));
    }

    /**
     * A declined request is answered in the app and the digests only: the group feature mails the decline at once
     * with the lead's message, so that nobody gets two mails about it.
     */
    @ApplicationModuleListener
    void on(JoinRequestDeclined event) {
        groupAudience
                .group(event.groupId())
                .ifPresent(group -> notifier.notifyPeopleAlreadyMailed(
                        NotificationKind.JOIN_OUTCOME,
                        List.of(event.personId()),
                        subjectOf(group),
                        null,
                        event.groupId(),
                        audienceOf(group)));
    }

    /** The author hears what a moderator did to their thread, reply or practice, as long as they can still open it. */
    @ApplicationModuleListener
    void on(ContentModerated event) {
        var threadId = event.threadId();
        if (threadId != null) {
            threads.thread(threadId)
                    .ifPresent(thread -> notifier.notifyPeople(
                            NotificationKind.MODERATION,
                            List.of(event.authorId()),
                            subjectOf(thread),
                            event.moderatorId(),
                            event.groupId(),
                            audienceOf(thread)));
        } else if ("practice".equals(event.targetType())) {
            practices
                    .practice(event.targetId())
                    .ifPresent(practice -> notifier.notifyPeople(
                            NotificationKind.MODERATION,
                            List.of(event.authorId()),
                            subjectOf(practice),
                            event.moderatorId(),
                            null,
                            audienceOf(practice)));
        }
    }

    /** A report goes to the leads of the groups where the content lives; the secretariat watches the global queue. */
    @ApplicationModuleListener
    void on(ContentReported event) {
        for (var groupId : event.groupIds().stream().sorted().toList()) {
            groupAudience
                    .group(groupId)
                    .ifPresent(group -> notifier.notifyPeople(
                            NotificationKind.REPORT,
                            group.leadIds(),
                            new Subject(
                                    SubjectType.REPORT,
                                    event.reportId(),
                                    group.name(),
                                    "moderation/group/" + group.slug()),
                            event.reporterId(),
                            groupId,
                            audienceOf(group)));
        }
    }

    /** A practice's discussion is found on the practice's page. */
    private Subject subjectOf(ThreadAudience.ThreadFacts thread) {
        var permalink = thread.practiceId() == null
                ? DiscussionPaths.thread(thread.id())
                : practices
                        .practice(thread.practiceId())
                        .map(PracticeAudience.PracticeTitle::permalink)
                        .orElse(PracticePaths.practice(thread.practiceId()));
        return new Subject(SubjectType.THREAD, thread.id(), thread.title(), permalink);
    }

    private Audience audienceOf(ThreadAudience.ThreadFacts thread) {
        return people -> threads.whoMaySee(thread.id(), people);
    }

    private static Subject subjectOf(PracticeAudience.PracticeTitle practice) {
        return new Subject(SubjectType.PRACTICE, practice.id(), practice.title(), practice.permalink());
    }

    private Audience audienceOf(PracticeAudience.PracticeTitle practice) {
        return people -> practices.whoMaySee(practice.id(), people);
    }

    private Audience audienceOf(GroupAudience.Group group) {
        return people -> groupAudience.whoMaySee(group.id(), people);
    }

    private static Subject subjectOf(GroupAudience.Group group) {
        return new Subject(SubjectType.GROUP, group.id(), group.name(), GroupPaths.group(group.slug()));
    }
}
