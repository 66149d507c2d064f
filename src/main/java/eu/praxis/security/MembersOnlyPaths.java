package eu.praxis.security;

import java.util.List;

/**
 * Plain HTTP paths of a feature (outside Vaadin, such as a file download) that any logged-in person may
 * request; the feature's service decides the rest. A feature declares them as a bean, so that this package
 * names no feature's paths. Without one, such a path is refused to everyone: Vaadin's security configurer
 * denies every request that is not a Vaadin view or resource.
 *
 * @param patterns Spring path patterns, such as {@code /attachments/*}
 */
public record MembersOnlyPaths(List<String> patterns) {

    public MembersOnlyPaths {
        patterns = List.copyOf(patterns);
    }
}
