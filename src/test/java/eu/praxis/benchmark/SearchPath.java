package eu.praxis.benchmark;

import java.util.List;

/** One way of answering the query mix; every path returns the same things for the same member. */
interface SearchPath {

    String name();

    Outcome run(BenchQuery query);

    /** What a search produced: the total, the ids of the first page in order, and the number of facet buckets. */
    record Outcome(long total, List<Long> ids, int facetBuckets) {}
}
