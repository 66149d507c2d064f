package eu.praxis.member;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What a person may change on their own profile. */
public record ProfileChange(String name, @Nullable String position, Locale language) {}
