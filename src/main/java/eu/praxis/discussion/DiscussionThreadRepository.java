package eu.praxis.discussion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DiscussionThreadRepository extends JpaRepository<DiscussionThread, Long> {

    String LISTED = """
            select t from DiscussionThread t
            where t.groupId = :groupId and t.practiceId is null and t.hidden = false
            order by t.lastActivityAt desc, t.id desc""";

    @Query(LISTED)
    Slice<DiscussionThread> findListed(long groupId, Pageable page);

    @Query(LISTED)
    List<DiscussionThread> findListed(long groupId, Limit limit);

    @Query("select t.id from DiscussionThread t where t.practiceId = :practiceId")
    Optional<Long> findIdByPracticeId(long practiceId);

    /** One atomic statement, so that simultaneous replies neither lose a count nor fail on the version. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update DiscussionThread t set t.replyCount = t.replyCount + 1, t.lastActivityAt = :at where t.id = :id")
    void countReply(long id, Instant at);
}
