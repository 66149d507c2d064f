package eu.praxis.discussion;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupListItem;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.PracticeStatus;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Viewer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one answer every discussion service asks first: which thread or reply the viewer may see, and where it
 * belongs. A thread in a group the viewer may not read, of a practice they may not see, or hidden or deleted for
 * them ({@link DiscussionPolicy#maySeeContent}) is absent, exactly like one that does not exist. The {@code find}
 * methods answer with an empty {@link Optional}; the others, for actions, with {@link NotFoundException}.
 *
 * <p>The groups come from {@link GroupDirectory}, which knows the logged-in person's memberships only: a caller
 * that names a viewer gets them checked against the logged-in person ({@link #loggedIn}).
 */
@Component
class ThreadAccess {

    /** What a thread belongs to, as the viewer may see it. */
    sealed interface Place permits GroupPlace, PracticePlace {

        /** Whether the viewer leads the place: its group, or a group its practice is shared in. */
        boolean leads();

        /** The groups whose members read the place. */
        List<GroupListItem> groups();
    }

    record GroupPlace(GroupListItem group) implements Place {

        @Override
        public boolean leads() {
            return group.iLead();
        }

        @Override
        public List<GroupListItem> groups() {
            return List.of(group);
        }
    }

    /** @param sharing the groups the practice is shared in that the viewer may see, with the viewer's membership */
    record PracticePlace(PracticeDetails practice, List<GroupListItem> sharing) implements Place {

        @Override
        public boolean leads() {
            return sharing.stream().anyMatch(GroupListItem::iLead);
        }

        @Override
        public List<GroupListItem> groups() {
            return sharing;
        }

        boolean activeInASharingGroup() {
            return sharing.stream().anyMatch(GroupListItem::iAmMember);
        }
    }

    /** A thread the viewer may see, and where it belongs. */
    record Readable(DiscussionThread thread, Place place) {

        boolean leads() {
            return place.leads();
        }

        long id() {
            return Objects.requireNonNull(thread.getId());
        }
    }

    record ReadableReply(Reply reply, Readable thread) {}

    private final DiscussionThreadRepository threads;
    private final ReplyRepository replies;
    private final GroupDirectory groups;
    private final PracticeLibrary practices;
    private final DiscussionPolicy policy;

    ThreadAccess(
            DiscussionThreadRepository threads,
            ReplyRepository replies,
            GroupDirectory groups,
            PracticeLibrary practices,
            DiscussionPolicy policy) {
        this.threads = threads;
        this.replies = replies;
        this.groups = groups;
        this.practices = practices;
        this.policy = policy;
    }

    /** The logged-in person as the viewer the caller named; refused for anyone else (see the class comment). */
    PraxisUser loggedIn(Viewer viewer) {
        var user = CurrentUser.require();
        if (user.personId() != viewer.personId()) {
            throw new IllegalArgumentException("Discussions are judged for the logged-in person only");
        }
        return user;
    }

    Optional<Readable> find(long threadId, PraxisUser user) {
        return threads.findById(threadId)
                .flatMap(thread -> place(thread, user)
                        .filter(place ->
                                policy.maySeeContent(user, place.leads(), thread.getAuthorId(), thread.getModeration()))
                        .map(place -> new Readable(thread, place)));
    }

    Readable readable(long threadId, PraxisUser user) {
        return find(threadId, user).orElseThrow(NotFoundException::new);
    }

    Optional<ReadableReply> findReply(long replyId, PraxisUser user) {
        return replies.findById(replyId)
                .flatMap(reply -> find(reply.getThreadId(), user)
                        .filter(thread ->
                                policy.maySeeContent(user, thread.leads(), reply.getAuthorId(), reply.getModeration()))
                        .map(thread -> new ReadableReply(reply, thread)));
    }

    ReadableReply readableReply(long replyId, PraxisUser user) {
        return findReply(replyId, user).orElseThrow(NotFoundException::new);
    }

    /** A group's thread the viewer may see; a practice's thread is refused (it has no first post to act on). */
    Readable groupThread(long threadId, PraxisUser user) {
        var readable = readable(threadId, user);
        if (readable.place() instanceof PracticePlace) {
            throw new UserFacingException("discussion.error.practice-thread");
        }
        return readable;
    }

    Optional<GroupListItem> findGroup(long groupId, PraxisUser user) {
        return groups.find(groupId).filter(g -> policy.maySee(user, g));
    }

    GroupListItem readableGroup(long groupId, PraxisUser user) {
        return findGroup(groupId, user).orElseThrow(NotFoundException::new);
    }

    /** The practice the viewer may see, for an action on its discussion; not found otherwise. */
    PracticePlace practicePlace(long practiceId) {
        return practicePlace(practices.get(practiceId));
    }

    /** The practice the viewer sees (its page was built for them), with those of its groups they may see. */
    PracticePlace practicePlace(PracticeDetails practice) {
        var sharing = practice.groups().keySet().stream()
                .map(groups::find)
                .flatMap(Optional::stream)
                .toList();
        return new PracticePlace(practice, sharing);
    }

    /** Where the thread belongs, if the viewer may read it there. */
    private Optional<Place> place(DiscussionThread thread, PraxisUser user) {
        var groupId = thread.getGroupId();
        if (groupId != null) {
            return findGroup(groupId, user).map(GroupPlace::new);
        }
        return practices.find(Objects.requireNonNull(thread.getPracticeId())).map(this::practicePlace);
    }

    boolean mayPost(PraxisUser user, Place place) {
        return switch (place) {
            case GroupPlace(var group) -> policy.mayPost(user, group);
            case PracticePlace p -> policy.mayPost(user, p.practice(), p.activeInASharingGroup());
        };
    }

    boolean mayReply(PraxisUser user, Readable readable) {
        return switch (readable.place()) {
            case GroupPlace(var group) -> policy.mayReply(user, group, readable.thread());
            case PracticePlace p -> policy.mayReply(user, p.practice(), p.activeInASharingGroup(), readable.thread());
        };
    }

    void requireMayPost(PraxisUser user, Place place) {
        if (!mayPost(user, place)) {
            throw new UserFacingException(
                    switch (place) {
                        case GroupPlace(var group) ->
                            group.archived() ? "discussion.error.archived" : "discussion.error.may-not-post";
                        case PracticePlace p ->
                            p.practice().status() == PracticeStatus.PUBLISHED
                                    ? "discussion.error.may-not-post-practice"
                                    : "discussion.error.practice-draft";
                    });
        }
    }
}
