package eu.praxis.group;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkingGroupRepository extends JpaRepository<WorkingGroup, Long> {

    Optional<WorkingGroup> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<WorkingGroup> findAllByOrderByName();
}
