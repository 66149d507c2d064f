package eu.praxis.notification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupMuteRepository extends JpaRepository<GroupMute, Long> {

    List<GroupMute> findByPersonIdOrderByMutedAt(long personId);

    List<GroupMute> findByGroupIdAndPersonIdIn(long groupId, Collection<Long> personIds);

    Optional<GroupMute> findByPersonIdAndGroupId(long personId, long groupId);
}
