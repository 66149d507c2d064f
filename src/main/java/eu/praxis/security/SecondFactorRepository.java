package eu.praxis.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

    Optional<SecondFactor> findByPersonId(long personId);

    boolean existsByPersonId(long personId);

    void deleteByPersonId(long personId);
}
