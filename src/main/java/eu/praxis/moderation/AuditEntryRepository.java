package eu.praxis.moderation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The audit log, append-only: it extends the bare {@link Repository} and declares only saving and finding,
 * so that no code can change or delete an entry through it (a test checks; DD017).
 */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    /** Entries matching every given filter (null: any) in [from, until), newest first. */
    @Query("""
            select e from AuditEntry e
            where (:groupId is null or e.groupId = :groupId)
              and (:actorId is null or e.actorId = :actorId)
              and (:action is null or e.action = :action)
              and e.at >= :from and e.at < :until
            order by e.at desc, e.id desc""")
    Slice<AuditEntry> findFiltered(
            @Nullable Long groupId,
            @Nullable Long actorId,
            @Nullable String action,
            Instant from,
            Instant until,
            Pageable page);

    @Query("select distinct e.action from AuditEntry e order by e.action")
    List<String> findActions();
}
