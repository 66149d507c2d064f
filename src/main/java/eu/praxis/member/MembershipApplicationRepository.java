package eu.praxis.member;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipApplicationRepository extends JpaRepository<MembershipApplication, Long> {

    Slice<MembershipApplication> findByStatusOrderBySubmittedAtAsc(ApplicationStatus status, Pageable page);

    Slice<MembershipApplication> findByStatusNotOrderByDecidedAtDesc(ApplicationStatus status, Pageable page);

    Optional<MembershipApplication> findFirstByStatusAndContactEmail(ApplicationStatus status, String contactEmail);
}
