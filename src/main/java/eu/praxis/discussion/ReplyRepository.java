package eu.praxis.discussion;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReplyRepository extends JpaRepository<Reply, Long> {

    List<Reply> findByThreadIdOrderByCreatedAtAscIdAsc(long threadId);

    /** Who wrote the thread's replies, in the order they were posted, one entry per reply. */
    @Query("select r.authorId from Reply r where r.threadId = :threadId order by r.createdAt, r.id")
    List<Long> findAuthorIds(long threadId);

    /** When the person posted their recent replies, in any thread or in the threads of one group. */
    @Query("""
            select r.createdAt from Reply r
            where r.authorId = :authorId and r.createdAt > :since
              and (:groupId is null or exists (select t from DiscussionThread t where t.id = r.threadId and t.groupId = :groupId))""")
    List<Instant> findPostedSince(long authorId, @Nullable Long groupId, Instant since);
}
