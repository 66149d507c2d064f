package eu.praxis.event;

import java.time.Instant;
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

    /** Per person with a place at the event: their id, 1, and 1 if they attended (as {@link #countPlacesBetween}). */
    @Query("""
            select r.personId, count(r), sum(case when r.attended = true then 1 else 0 end) from Registration r
            where r.eventId = :eventId and r.status = eu.praxis.event.RegistrationStatus.CONFIRMED
            group by r.personId""")
    List<Object[]> countPlaces(long eventId);

    /**
     * Per person with a place at events (not cancelled) starting in the period: their id, their places and how many
     * of those they attended.
     */
    @Query("""
            select r.personId, count(r), sum(case when r.attended = true then 1 else 0 end)
            from Registration r, Event e
            where e.id = r.eventId and r.status = eu.praxis.event.RegistrationStatus.CONFIRMED
              and e.status = eu.praxis.event.EventStatus.SCHEDULED and e.startsAt >= :from and e.startsAt < :to
            group by r.personId""")
    List<Object[]> countPlacesBetween(Instant from, Instant to);
}
