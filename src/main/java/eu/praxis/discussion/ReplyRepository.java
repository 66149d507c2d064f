package eu.praxis.discussion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplyRepository extends JpaRepository<Reply, Long> {

    List<Reply> findByThreadIdOrderByCreatedAtAscIdAsc(long threadId);
}
