package eu.praxis.notification;

import java.util.List;

/**
 * Notifications just recorded that their recipients want by mail at once. Published inside the transaction
 * that records them, so that the mails go out only once they are committed, and, through the event
 * publication registry, still go out after a crash.
 */
public record NotificationMailDue(List<Long> notificationIds) {}
