package eu.praxis.notification;

import java.util.List;
import java.util.Map;

/**
 * A person's settings page: the delivery of every kind (in the kinds' order), the groups they muted, and
 * their other groups, which they may mute.
 */
public record NotificationSettings(
        Map<NotificationKind, Delivery> deliveries, List<GroupChoice> mutedGroups, List<GroupChoice> groupsToMute) {

    /** A group by id and name. */
    public record GroupChoice(long id, String name) {}

    public NotificationSettings {
        deliveries = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(deliveries));
        mutedGroups = List.copyOf(mutedGroups);
        groupsToMute = List.copyOf(groupsToMute);
    }
}
