package eu.praxis.notification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationSettingRepository extends JpaRepository<NotificationSetting, Long> {

    List<NotificationSetting> findByPersonId(long personId);

    List<NotificationSetting> findByKindAndPersonIdIn(NotificationKind kind, Collection<Long> personIds);

    Optional<NotificationSetting> findByPersonIdAndKind(long personId, NotificationKind kind);
}
