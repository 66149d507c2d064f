package eu.praxis.event;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    Optional<Registration> findByEventIdAndPersonId(long eventId, long personId);

    /** Places first, then the waiting list, each in order of arrival. */
    @Query("""
            select r from Registration r where r.eventId = :eventId
            order by case when r.status = eu.praxis.event.RegistrationStatus.CONFIRMED then 0 else 1 end,
                     r.registeredAt, r.id""")
    List<Registration> findByEventInOrder(long eventId);

    long countByEventIdAndStatus(long eventId, RegistrationStatus status);

    @Query("""
            select r.eventId, count(r) from Registration r
            where r.eventId in :eventIds and r.status = eu.praxis.event.RegistrationStatus.CONFIRMED
            group by r.eventId""")
    List<Object[]> countConfirmed(Collection<Long> eventIds);

    List<Registration> findByPersonIdAndEventIdIn(long personId, Collection<Long> eventIds);

    List<Registration> findByPersonIdAndStatus(long personId, RegistrationStatus status);
}
