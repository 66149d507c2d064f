package eu.praxis.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the secretariat enters for a project; {@link ProjectAdministration} validates it.
 *
 * @param partners the partner organisations with their roles; exactly one lead
 * @param themeIds themes of the practice library the project works on
 * @param groupIds the working groups concerned
 */
public record ProjectDraft(
        String acronym,
        String title,
        String programme,
        LocalDate startsOn,
        LocalDate endsOn,
        ProjectStatus status,
        String summary,
        String description,
        @Nullable String website,
        List<ProjectPartner> partners,
        Set<Long> themeIds,
        Set<Long> groupIds) {}
