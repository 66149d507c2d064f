package eu.praxis.practice;

import org.jspecify.annotations.Nullable;

/** Filter of the practice library; {@code null} means "any". */
public record PracticeFilter(@Nullable PracticeType type, @Nullable Long themeId, @Nullable String country,
        @Nullable Long groupId) {

    public static PracticeFilter any() {
        return new PracticeFilter(null, null, null, null);
    }
}
