package eu.praxis.group;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkingGroupRepository extends JpaRepository<WorkingGroup, Long> {

    Optional<WorkingGroup> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<WorkingGroup> findAllByOrderByName();

    @Query("select g.id from WorkingGroup g")
    Set<Long> findAllIds();

    @Query("select g.id from WorkingGroup g where g.visibleToResearchers = true")
    Set<Long> findIdsVisibleToResearchers();

    @Query("select g.id from WorkingGroup g where g.reviewsPublications = true and g.id in :groupIds")
    Set<Long> findIdsReviewingPublications(Collection<Long> groupIds);
}
