package eu.praxis.member;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OneTimeLinkRepository extends JpaRepository<OneTimeLink, Long> {

    Optional<OneTimeLink> findByTokenHashAndPurpose(String tokenHash, LinkPurpose purpose);

    Optional<OneTimeLink> findFirstByPersonIdAndPurposeOrderByCreatedAtDesc(long personId, LinkPurpose purpose);

    /** A new link replaces older unused ones of the same purpose, so only the latest works. */
    @Modifying
    @Query("""
            update OneTimeLink l set l.usedAt = :now
            where l.personId = :personId and l.purpose = :purpose and l.usedAt is null""")
    void retireOpenLinks(long personId, LinkPurpose purpose, Instant now);
}
