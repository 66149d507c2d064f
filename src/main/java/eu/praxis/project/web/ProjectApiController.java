package eu.praxis.project.web;

import eu.praxis.base.web.JsonApi;
import eu.praxis.base.web.Permalinks;
import eu.praxis.event.EventPaths;
import eu.praxis.project.ProjectDetails;
import eu.praxis.project.ProjectDirectory;
import eu.praxis.project.ProjectFilter;
import eu.praxis.project.ProjectListItem;
import eu.praxis.project.ProjectPaths;
import eu.praxis.project.ProjectStatus;
import eu.praxis.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/projects} and {@code GET /api/v1/projects/{id}}: the network's projects for the research API,
 * through the same services as the directory and the project page, so with the same permissions. Read-only.
 */
@RestController
@JsonApi
class ProjectApiController {

    private final ProjectDirectory projects;
    private final Permalinks permalinks;

    ProjectApiController(ProjectDirectory projects, Permalinks permalinks) {
        this.projects = projects;
        this.permalinks = permalinks;
    }

    @GetMapping(path = "/api/v1/projects", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The network's European projects, newest first",
            description = "Filters as in the directory; an unknown status is a 400. Partners and themes, without "
                    + "the description, timeline and outputs (see the project itself).")
    List<ApiProject> projects(
            @Parameter(description = "IN_PREPARATION, RUNNING or CLOSED") @RequestParam(required = false) @Nullable
                    ProjectStatus status,
            @Parameter(description = "A theme's id (see a practice's or project's themes)")
                    @RequestParam(required = false)
                    @Nullable
                    Long theme,
            @Parameter(description = "A funding programme, as the projects name it (case does not matter)")
                    @RequestParam(required = false)
                    @Nullable
                    String programme,
            @Parameter(description = "ISO 3166 code of a partner's country, e.g. BE")
                    @RequestParam(required = false)
                    @Nullable
                    String country) {
        return projects.list(new ProjectFilter(status, theme, programme, country)).stream()
                .map(this::summary)
                .toList();
    }

    @GetMapping(path = "/api/v1/projects/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One project with its partners, timeline and outputs",
            description = "404 if it does not exist.")
    ApiProject project(@PathVariable long id) {
        return full(projects.get(id));
    }

    /** The list item has the partners' countries but not the partners: the project itself is one call away. */
    private ApiProject summary(ProjectListItem p) {
        return new ApiProject(
                p.id(),
                p.acronym(),
                p.title(),
                permalinks.of(ProjectPaths.project(p.id())),
                p.programme(),
                p.startsOn(),
                p.endsOn(),
                p.status().name(),
                p.summary(),
                null,
                null,
                List.of(),
                List.of(),
                null,
                null);
    }

    private ApiProject full(ProjectDetails p) {
        var language = CurrentUser.require().language();
        return new ApiProject(
                p.id(),
                p.acronym(),
                p.title(),
                permalinks.of(ProjectPaths.project(p.id())),
                p.programme(),
                p.startsOn(),
                p.endsOn(),
                p.status().name(),
                p.summary(),
                p.descriptionHtml(),
                p.website(),
                p.partners().stream()
                        .map(partner -> new ApiProject.Partner(
                                partner.organisationId(),
                                partner.name(),
                                partner.country(),
                                partner.city(),
                                partner.role().name()))
                        .toList(),
                p.themes().stream()
                        .map(t -> new ApiProject.Theme(t.id(), t.code(), t.name(language)))
                        .toList(),
                p.timeline().stream()
                        .map(e -> new ApiProject.Event(
                                e.id(),
                                e.kind().name(),
                                e.title(),
                                e.startsAt(),
                                permalinks.of(EventPaths.event(e.id()))))
                        .toList(),
                p.outputs().stream()
                        .map(o -> new ApiProject.Output(o.practiceId(), o.title(), permalinks.of(o.path())))
                        .toList());
    }
}
