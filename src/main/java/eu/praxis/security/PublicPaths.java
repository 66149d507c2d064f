package eu.praxis.security;

import java.util.List;

/**
 * Plain HTTP paths of a feature (outside Vaadin) that anyone may request without logging in, such as a
 * calendar feed whose address carries its own secret: calendar apps cannot log in. A feature declares them
 * as a bean, like {@link MembersOnlyPaths}, so that this package names no feature's paths; the feature's
 * controller and service decide everything else.
 *
 * @param patterns Spring path patterns, such as {@code /calendar/*.ics}
 */
public record PublicPaths(List<String> patterns) {

    public PublicPaths {
        patterns = List.copyOf(patterns);
    }
}
