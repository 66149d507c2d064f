package eu.praxis.group;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    Optional<Membership> findByGroupIdAndPersonId(long groupId, long personId);

    List<Membership> findByPersonId(long personId);

    List<Membership> findByGroupId(long groupId);

    List<Membership> findByPersonIdIn(Collection<Long> personIds);

    List<Membership> findByGroupIdAndStatusAndPersonIdIn(
            long groupId, MembershipStatus status, Collection<Long> personIds);

    List<Membership> findByGroupIdInAndPersonIdIn(Collection<Long> groupIds, Collection<Long> personIds);

    boolean existsByPersonIdAndRoleAndStatus(long personId, MembershipRole role, MembershipStatus status);

    @Query(
            "select m.groupId, count(m) from Membership m where m.status = eu.praxis.group.MembershipStatus.ACTIVE group by m.groupId")
    List<Object[]> countActiveByGroup();

    @Query("""
            select m from Membership m
            where m.groupId in :groupIds and m.status = eu.praxis.group.MembershipStatus.ACTIVE and m.personId <> :excluded
            order by m.since desc""")
    List<Membership> findNewestActive(Collection<Long> groupIds, long excluded, Limit limit);
}
