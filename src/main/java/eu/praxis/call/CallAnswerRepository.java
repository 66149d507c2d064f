package eu.praxis.call;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CallAnswerRepository extends JpaRepository<CallAnswer, Long> {

    Optional<CallAnswer> findByCallIdAndOrganisationId(long callId, long organisationId);

    List<CallAnswer> findByCallIdAndStatusNotOrderBySubmittedAtAscIdAsc(long callId, AnswerStatus status);

    /** Drafts of calls still open whose deadline falls before {@code until}, not yet reminded of. */
    @Query("""
            select new eu.praxis.call.DraftToRemind(a.id, c.id, c.title, a.personId) from CallAnswer a, Call c
            where c.id = a.callId and a.status = eu.praxis.call.AnswerStatus.DRAFT and a.remindedAt is null
              and c.closedAt is null and c.deadline > :now and c.deadline <= :until""")
    List<DraftToRemind> findDraftsToRemind(Instant now, Instant until);

    /** Claims a draft's reminder; 1 for the one caller that got it, 0 for everyone else (other nodes). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update CallAnswer a set a.remindedAt = :now where a.id = :id and a.remindedAt is null")
    int claimReminder(long id, Instant now);

    List<CallAnswer> findByOrganisationIdAndCallIdIn(long organisationId, Collection<Long> callIds);

    boolean existsByLetterSha256(String sha256);
}
