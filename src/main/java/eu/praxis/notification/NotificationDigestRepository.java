package eu.praxis.notification;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationDigestRepository extends JpaRepository<NotificationDigest, Long> {

    boolean existsByPersonIdAndPeriodAndPeriodStart(long personId, DigestPeriod period, LocalDate periodStart);
}
