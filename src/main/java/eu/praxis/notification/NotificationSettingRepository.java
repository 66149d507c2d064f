package eu.praxis.notification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationSettingRepository extends JpaRepository<NotificationSetting, Long> {

    List<NotificationSetting> findByPersonId(long personId);

    List<NotificationSetting> findByKindAndPersonIdIn(NotificationKind kind, Collection<Long> personIds);

    Optional<NotificationSetting> findByPersonIdAndKind(long personId, NotificationKind kind);

    @Query("select s.personId from NotificationSetting s where s.kind = :kind and s.delivery = :delivery")
    Set<Long> findPersonIds(NotificationKind kind, Delivery delivery);
}
