package eu.praxis.event;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long> {

    /**
     * The same rule as {@link EventPolicy#maySee}, inside the query: the secretariat sees all; researchers the
     * network's events but general assemblies; members the network's and those of any of their groups; leads those
     * of any group they lead. Filtered by a group, an event is in the calendar of each of its groups.
     */
    String VISIBLE = """
            from Event e
            where (:admin = true
                   or exists (select lg from Event l join l.groupIds lg where l.id = e.id and lg in :ledGroupIds)
                   or (e.audience = eu.praxis.event.EventAudience.NETWORK
                       and (:researcher = false or e.kind <> eu.praxis.event.EventKind.GENERAL_ASSEMBLY))
                   or (:researcher = false
                       and exists (select mg from Event m join m.groupIds mg
                                   where m.id = e.id and mg in :memberGroupIds)))
              and e.endsAt > :from and e.startsAt < :to
              and (:kind is null or e.kind = :kind)
              and (:groupId is null
                   or exists (select fg from Event f join f.groupIds fg where f.id = e.id and fg = :groupId))
              and (:projectId is null or e.projectId = :projectId)
              and (:mine = false or exists (select r.id from Registration r
                                            where r.eventId = e.id and r.personId = :personId))
            """;

    @Query("select e " + VISIBLE)
    Slice<Event> findVisible(
            boolean admin,
            boolean researcher,
            Collection<Long> memberGroupIds,
            Collection<Long> ledGroupIds,
            Instant from,
            Instant to,
            @Nullable EventKind kind,
            @Nullable Long groupId,
            @Nullable Long projectId,
            boolean mine,
            long personId,
            Pageable page);

    /** Locks the event's row until the transaction ends: registrations for one event are taken one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = :id")
    Optional<Event> findByIdForUpdate(long id);

    /** Scheduled events starting between the two instants whose reminder is not yet claimed. */
    @Query("""
            select e.id from Event e
            where e.status = eu.praxis.event.EventStatus.SCHEDULED and e.reminderSentAt is null
              and e.startsAt > :from and e.startsAt <= :to""")
    List<Long> findReminderCandidates(Instant from, Instant to);

    /** Claims an event's reminder; 1 for the one caller that got it, 0 for everyone else (other nodes). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Event e set e.reminderSentAt = :now where e.id = :id and e.reminderSentAt is null")
    int claimReminder(long id, Instant now);
}
