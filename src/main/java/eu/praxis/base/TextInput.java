package eu.praxis.base;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for texts people type into a service: trimmed, and refused with the feature's message (which names the
 * limit, {@code {0}}) when a required one is empty or any is too long.
 */
public final class TextInput {

    private TextInput() {}

    /** @return the text trimmed; refused when empty or longer than {@code max} */
    public static String required(String text, int max, String errorKey) {
        var trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw new UserFacingException(errorKey, max);
        }
        return trimmed;
    }

    /** @return the text trimmed, "" for none; refused when longer than {@code max} */
    public static String optional(@Nullable String text, int max, String errorKey) {
        var trimmed = text == null ? "" : text.strip();
        if (trimmed.length() > max) {
            throw new UserFacingException(errorKey, max);
        }
        return trimmed;
    }
}
