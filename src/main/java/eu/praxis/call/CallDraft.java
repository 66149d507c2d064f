package eu.praxis.call;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the secretariat enters for a call; {@link CallAdministration} validates it.
 *
 * @param body Markdown
 * @param deadline as the organiser reads it on a clock in {@code timeZone}
 * @param projectId the network's project the call is for, if any
 * @param themeIds themes of the practice library the call is about
 * @param groupIds the working groups whose members see the call; empty: the whole network
 */
public record CallDraft(
        CallKind kind,
        String title,
        String body,
        String eligibility,
        LocalDateTime deadline,
        ZoneId timeZone,
        @Nullable Long projectId,
        Set<Long> themeIds,
        Set<Long> groupIds) {}
