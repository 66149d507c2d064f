package eu.praxis.project;

import java.time.LocalDate;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/**
 * A project as the directory and an organisation's page list it.
 *
 * @param leadName the lead organisation's name, null if it has none yet
 * @param countries the partners' countries (ISO codes)
 */
public record ProjectListItem(
        long id,
        String acronym,
        String title,
        String programme,
        LocalDate startsOn,
        LocalDate endsOn,
        ProjectStatus status,
        String summary,
        @Nullable String leadName,
        int partnerCount,
        SortedSet<String> countries) {}
