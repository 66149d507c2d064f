package eu.praxis.discussion;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a post said before one of its edits, newest first in a history: the thread's title ({@code null} for a
 * reply), the Markdown, who edited and why ({@code null} for an author's own edit).
 */
public record PostRevisionItem(
        Instant editedAt,
        long editorId,
        String editorName,
        @Nullable String reason,
        @Nullable String title,
        String markdown) {}
