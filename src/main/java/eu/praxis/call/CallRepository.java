package eu.praxis.call;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CallRepository extends JpaRepository<Call, Long> {

    List<Call> findAllByOrderByDeadlineAscIdAsc();

    /** The call's row locked, so that answers and withdrawals of one call are taken one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Call c where c.id = :id")
    Optional<Call> findLocked(long id);
}
