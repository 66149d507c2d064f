package eu.praxis.group;

import org.jspecify.annotations.Nullable;

/**
 * A lead or the secretariat declined a person's request to join a group, with an optional message
 * to them (already trimmed; null when none was written). The person is mailed at once
 * ({@code JoinRequestDeclinedMail}); notifications may listen too.
 */
public record JoinRequestDeclined(
        long groupId, long personId, @Nullable String message) {}
