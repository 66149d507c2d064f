package eu.praxis.call;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallAnswerRepository extends JpaRepository<CallAnswer, Long> {

    Optional<CallAnswer> findByCallIdAndOrganisationId(long callId, long organisationId);

    List<CallAnswer> findByCallIdOrderBySubmittedAtAscIdAsc(long callId);

    List<CallAnswer> findByOrganisationIdAndCallIdIn(long organisationId, Collection<Long> callIds);
}
