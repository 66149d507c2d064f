package eu.praxis.practice;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The bulk import's access to practices: by the id they had in the source library. */
interface ImportedPracticeRepository extends Repository<Practice, Long> {

    Optional<Practice> findByExternalIdIgnoreCase(String externalId);

    Practice save(Practice practice);
}
