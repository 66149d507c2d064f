package eu.praxis.member;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A person's profile page; {@code editable} when it is the viewer's own. */
public record PersonProfile(
        long id,
        String name,
        @Nullable String position,
        String email,
        long organisationId,
        String organisationName,
        Locale language,
        PersonStatus status,
        boolean editable) {}
