package eu.praxis.member;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** A new invitation replaces older unused ones, so only the latest link works. */
    @Modifying
    @Query("update Invitation i set i.usedAt = :now where i.personId = :personId and i.usedAt is null")
    void retireOpenInvitations(long personId, Instant now);
}
