package eu.praxis.newsletter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NewsletterRepository extends JpaRepository<Newsletter, Long> {

    List<Newsletter> findAllByOrderByCreatedAtDescIdDesc();

    List<Newsletter> findByStatusOrderBySentAtDescIdDesc(NewsletterStatus status);

    List<Newsletter> findByStatus(NewsletterStatus status);

    /** The last issue whose sending started: the next one covers what came after. */
    Optional<Newsletter> findFirstBySendingFromNotNullOrderBySendingFromDesc();
}
