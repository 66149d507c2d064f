package eu.praxis.discussion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DiscussionThreadRepository extends JpaRepository<DiscussionThread, Long> {

    /**
     * A group's threads as the viewer may list them, pinned ones first: deleted ones only for those who see
     * deleted content (admins), hidden ones for those who see hidden content (moderators) and their author.
     * Mirrors {@link DiscussionPolicy#maySeeContent}.
     */
    String LISTED = """
            select t from DiscussionThread t
            where t.groupId = :groupId and t.practiceId is null
              and (t.moderation.deletedAt is null or :seesDeleted = true)
              and (t.moderation.hidden = false or :seesHidden = true or t.authorId = :viewerId)
            order by t.pinned desc, t.lastActivityAt desc, t.id desc""";

    @Query(LISTED)
    Slice<DiscussionThread> findListed(
            long groupId, long viewerId, boolean seesHidden, boolean seesDeleted, Pageable page);

    @Query(LISTED)
    List<DiscussionThread> findListed(
            long groupId, long viewerId, boolean seesHidden, boolean seesDeleted, Limit limit);

    /** When the person started their recent group threads (a practice's thread is made by its first reply). */
    @Query("""
            select t.createdAt from DiscussionThread t
            where t.authorId = :authorId and t.practiceId is null and t.createdAt > :since
              and (:groupId is null or t.groupId = :groupId)""")
    List<Instant> findStartedSince(long authorId, @Nullable Long groupId, Instant since);

    @Query("select t.id from DiscussionThread t where t.practiceId = :practiceId")
    Optional<Long> findIdByPracticeId(long practiceId);

    /** One atomic statement, so that simultaneous replies neither lose a count nor fail on the version. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update DiscussionThread t set t.replyCount = t.replyCount + 1, t.lastActivityAt = :at where t.id = :id")
    void countReply(long id, Instant at);

    /** A reply was hidden or deleted (-1), or is shown again (+1): the count is of the replies everyone sees. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update DiscussionThread t set t.replyCount = t.replyCount + :delta where t.id = :id")
    void changeReplyCount(long id, int delta);
}
