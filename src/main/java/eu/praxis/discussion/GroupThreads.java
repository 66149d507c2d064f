package eu.praxis.discussion;

import java.util.List;

/** A group's discussions as its page shows them: the newest threads, and whether the viewer may start one. */
public record GroupThreads(String groupSlug, boolean mayStartThread, List<ThreadListItem> newest) {

    public GroupThreads {
        newest = List.copyOf(newest);
    }
}
