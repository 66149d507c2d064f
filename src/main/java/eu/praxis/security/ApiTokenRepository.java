package eu.praxis.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findBySecretHash(String secretHash);

    List<ApiToken> findByPersonIdOrderByCreatedAtDesc(long personId);

    @Query("""
            select count(t) from ApiToken t
            where t.personId = :personId and t.revokedAt is null and (t.expiresAt is null or t.expiresAt > :now)""")
    long countActive(long personId, Instant now);

    /** At most one write a minute per token, so that busy scripts do not turn every read into a write. */
    @Modifying
    @Query("""
            update ApiToken t set t.lastUsedAt = :now
            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)""")
    int markUsed(long id, Instant now, Instant notBefore);
}
