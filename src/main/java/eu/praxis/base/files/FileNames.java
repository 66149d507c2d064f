package eu.praxis.base.files;

import eu.praxis.base.UserFacingException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** The name an uploaded file is shown and downloaded under, from what a browser sends. */
public final class FileNames {

    /** What file systems and the name columns allow, in bytes of UTF-8. */
    public static final int MAX_BYTES = 255;

    /** Control and invisible formatting characters (a right-to-left override can disguise an extension). */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    /** Longest extension kept when a long name is shortened. */
    private static final int EXTENSION_MAX = 10;

    private FileNames() {}

    /**
     * The name without a browser's folder path or invisible characters, shortened to {@link #MAX_BYTES} while
     * keeping its extension (which the upload check reads).
     *
     * @throws UserFacingException when nothing of the name is left
     */
    public static String clean(String fileName) {
        var name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        name = INVISIBLE.matcher(name).replaceAll("").strip();
        if (name.isEmpty()) {
            throw new UserFacingException("files.error.file-name");
        }
        if (utf8Length(name) <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        var extension = dot > 0 && name.length() - dot <= EXTENSION_MAX ? name.substring(dot) : "";
        return bounded(name.substring(0, extension.isEmpty() ? name.length() : dot), MAX_BYTES - utf8Length(extension))
                + extension;
    }

    /** The longest start of the text that takes at most {@code maxBytes} in UTF-8, never cutting a character. */
    public static String bounded(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            bytes += utf8Length(Character.toString(codePoint));
            if (bytes > maxBytes) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
