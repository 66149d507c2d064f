package eu.praxis.base;

import java.util.Set;

/** Sets of ids as parameters of {@code in (:ids)} in repository queries. */
public final class QueryIds {

    /** Matches no row: ids are generated from 1. */
    private static final Set<Long> NONE = Set.of(-1L);

    private QueryIds() {}

    /** The ids, or a set of one id that no row has: {@code in ()} is not valid SQL everywhere. */
    public static Set<Long> nonEmpty(Set<Long> ids) {
        return ids.isEmpty() ? NONE : ids;
    }
}
