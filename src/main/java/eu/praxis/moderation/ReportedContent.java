package eu.praxis.moderation;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reported content as the viewer may see it, looked up through its feature's service ({@link Contents}).
 *
 * @param excerpt the beginning of its text, as plain as Markdown allows
 * @param path the address of the page that shows it
 * @param threadId the thread of a thread or reply, null for a practice
 * @param groupIds the groups whose leads moderate it
 * @param mayHide the viewer may hide it; {@code mayLock} lock its thread
 */
public record ReportedContent(
        ReportedType type,
        long id,
        String title,
        String excerpt,
        long authorId,
        String authorName,
        String placeName,
        String path,
        @Nullable Long threadId,
        Set<Long> groupIds,
        boolean hidden,
        boolean deleted,
        boolean locked,
        boolean mayHide,
        boolean mayLock) {}
