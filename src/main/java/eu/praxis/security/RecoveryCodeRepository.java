package eu.praxis.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    Optional<RecoveryCode> findByPersonIdAndCodeHash(long personId, String codeHash);

    @Query("select count(c) from RecoveryCode c where c.personId = :personId and c.usedAt is null")
    int countUnused(long personId);

    @Modifying
    @Query("delete from RecoveryCode c where c.personId = :personId")
    void deleteByPersonId(long personId);
}
