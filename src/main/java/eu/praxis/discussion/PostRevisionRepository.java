package eu.praxis.discussion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostRevisionRepository extends JpaRepository<PostRevision, Long> {

    List<PostRevision> findByThreadIdOrderByEditedAtDescIdDesc(long threadId);

    List<PostRevision> findByReplyIdOrderByEditedAtDescIdDesc(long replyId);
}
