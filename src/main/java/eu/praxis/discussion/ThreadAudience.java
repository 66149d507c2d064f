package eu.praxis.discussion;

import eu.praxis.group.GroupAudience;
import eu.praxis.practice.PracticeAudience;
import eu.praxis.security.Viewer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who of many people may read a thread, cheaply: one query for the thread's flags, two for the group's flags
 * and the people's memberships (or the practice's audience for a practice's discussion), then
 * {@link DiscussionPolicy}'s rules in memory; no Markdown, no logged-in person, inside the caller's transaction.
 * For background work such as notifications.
 */
@Component
public class ThreadAudience {

    /**
     * A thread as notifications name it: a group's ({@code groupId} set) or a practice's ({@code practiceId} set),
     * and who took part in it (its author, then each reply's).
     */
    public record ThreadFacts(
            long id, @Nullable Long groupId, @Nullable Long practiceId, String title, List<Long> participantIds) {}

    private final DiscussionThreadRepository threads;
    private final ReplyRepository replies;
    private final GroupAudience groups;
    private final PracticeAudience practices;
    private final DiscussionPolicy policy;

    ThreadAudience(
            DiscussionThreadRepository threads,
            ReplyRepository replies,
            GroupAudience groups,
            PracticeAudience practices,
            DiscussionPolicy policy) {
        this.threads = threads;
        this.replies = replies;
        this.groups = groups;
        this.practices = practices;
        this.policy = policy;
    }

    /** The thread, deleted or not; empty for an unknown id. */
    @Transactional(readOnly = true)
    public Optional<ThreadFacts> thread(long threadId) {
        return threads.findById(threadId).map(t -> {
            var participants = new ArrayList<Long>();
            participants.add(t.getAuthorId());
            participants.addAll(replies.findAuthorIds(threadId));
            return new ThreadFacts(threadId, t.getGroupId(), t.getPracticeId(), t.getTitle(), participants);
        });
    }

    /**
     * The ids of the people who may read the thread: they may read its group (or see its practice), and the
     * thread is public, or hidden and theirs or moderated by them, or deleted and they are admins.
     */
    @Transactional(readOnly = true)
    public Set<Long> whoMaySee(long threadId, Collection<? extends Viewer> people) {
        var thread = threads.findById(threadId);
        if (thread.isEmpty() || people.isEmpty()) {
            return Set.of();
        }
        var t = thread.get();
        if (t.getGroupId() == null) {
            var readers = practices.readers(Objects.requireNonNull(t.getPracticeId()), people);
            return people.stream()
                    .filter(p -> readers.containsKey(p.personId())
                            && policy.maySeeContent(p, readers.get(p.personId()), t.getAuthorId(), t.getModeration()))
                    .map(Viewer::personId)
                    .collect(Collectors.toSet());
        }
        var ids = people.stream().map(Viewer::personId).collect(Collectors.toSet());
        return groups.membersAmong(Objects.requireNonNull(t.getGroupId()), ids)
                .map(group -> people.stream()
                        .filter(p -> policy.maySee(p, group.isActiveMember(p.personId()), group.visibleToResearchers())
                                && policy.maySeeContent(
                                        p, group.leads(p.personId()), t.getAuthorId(), t.getModeration()))
                        .map(Viewer::personId)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    public boolean maySee(Viewer viewer, long threadId) {
        return !whoMaySee(threadId, List.of(viewer)).isEmpty();
    }
}
