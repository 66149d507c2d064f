package eu.praxis.project;

import eu.praxis.event.EventListItem;
import eu.praxis.group.GroupListItem;
import eu.praxis.practice.ThemeItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A project's page for the viewer: {@code descriptionHtml} is rendered and sanitised; {@code timeline} holds the
 * project's events the viewer may see, in order of start; {@code outputs} its practices the viewer may see, and
 * {@code outputsNotShown} how many others it has, shared only with groups the viewer is not in.
 * {@code mayAdminister}: the viewer may edit it, place events and add outputs (the services check again);
 * {@code draft} is what the editor starts from.
 *
 * @param themes the themes, named in the view in the viewer's language
 * @param groups names of the working groups concerned that the viewer may see, by id
 * @param team the group where the project's team discusses it, if the viewer may see it
 */
public record ProjectDetails(
        long id,
        int version,
        String acronym,
        String title,
        String programme,
        LocalDate startsOn,
        LocalDate endsOn,
        ProjectStatus status,
        String summary,
        String descriptionHtml,
        @Nullable String website,
        List<PartnerItem> partners,
        List<ThemeItem> themes,
        Map<Long, String> groups,
        List<EventListItem> timeline,
        List<ProjectOutput> outputs,
        int outputsNotShown,
        @Nullable GroupListItem team,
        boolean mayAdminister,
        ProjectDraft draft) {}
