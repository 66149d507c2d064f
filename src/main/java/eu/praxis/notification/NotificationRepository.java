package eu.praxis.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    Slice<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable page);

    Optional<Notification> findByIdAndRecipientId(long id, long recipientId);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(long recipientId, Instant now);

    /** Claims a notification for its immediate mail: 1 if this caller got it, 0 if it was mailed already. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.emailedAt = :now where n.id = :id and n.emailedAt is null")
    int claimForMail(long id, Instant now);

    /** Gives a claim back after the mail could not be sent, so that a retry sends it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.emailedAt = null where n.id = :id")
    void releaseMailClaim(long id);

    @Query("""
            select distinct n.recipientId from Notification n
            where n.delivery = :delivery and n.digestId is null and n.createdAt <= :until""")
    List<Long> recipientsWaitingFor(Delivery delivery, Instant until);

    @Query("""
            select n from Notification n
            where n.recipientId = :recipientId and n.delivery = :delivery and n.digestId is null and n.createdAt <= :until
            order by n.createdAt, n.id""")
    List<Notification> waitingFor(long recipientId, Delivery delivery, Instant until);

    /** Claims notifications for a digest: only those no other digest has taken. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.digestId = :digestId where n.id in :ids and n.digestId is null")
    int claimForDigest(Collection<Long> ids, long digestId);

    /** Gives a digest's notifications back after its mail could not be sent. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.digestId = null where n.digestId = :digestId")
    void releaseDigest(long digestId);

    /**
     * After a person changed how a kind is delivered, what still waits for a digest follows the new choice:
     * to the other digest, or no mail at all.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Notification n set n.delivery = :delivery
            where n.recipientId = :recipientId and n.kind = :kind and n.digestId is null
              and n.delivery in (eu.praxis.notification.Delivery.DAILY, eu.praxis.notification.Delivery.WEEKLY)""")
    void redirectWaiting(long recipientId, NotificationKind kind, Delivery delivery);
}
