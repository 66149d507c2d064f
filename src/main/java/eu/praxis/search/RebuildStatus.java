package eu.praxis.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Progress of an index rebuild (mass indexing), polled by the admin page. */
public record RebuildStatus(
        boolean running,
        long done,
        long total,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String failure) {}
