package eu.praxis.moderation;

import java.util.Locale;

/** What can be reported; {@link #key()} is the target type of the audit log ({@code thread}, {@code reply}, {@code practice}). */
public enum ReportedType {
    THREAD,
    REPLY,
    PRACTICE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
