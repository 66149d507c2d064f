package eu.praxis.call;

import org.jspecify.annotations.Nullable;

/** The directory's filters; nulls mean "any". */
public record CallFilter(@Nullable CallKind kind, @Nullable Long themeId) {

    public static CallFilter any() {
        return new CallFilter(null, null);
    }
}
