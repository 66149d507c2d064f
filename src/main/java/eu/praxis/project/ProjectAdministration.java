package eu.praxis.project;

import eu.praxis.base.AuditedAction;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.TextInput;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.WebAddresses;
import eu.praxis.event.EventScheduling;
import eu.praxis.group.GroupDirectory;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.ThemeService;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat runs the projects ({@link ProjectPolicy#mayAdminister}): creates and changes them with their
 * partners, themes and groups, places events on their timeline and adds their outputs. Every change is in the audit
 * log ({@code project.create}, {@code project.change}, {@code project.output.add}, ...); a new project is announced
 * ({@link ProjectLaunched}) to the groups it concerns, and gets the group where its team discusses it
 * ({@link ProjectTeams}). A draft is checked as a
 * whole and refused with a message for the first thing wrong, so that nothing half-valid is saved.
 */
@Service
@PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
@Transactional
public class ProjectAdministration {

    private final ProjectRepository projects;
    private final OrganisationService organisations;
    private final ThemeService themes;
    private final GroupDirectory groups;
    private final PracticeLibrary practices;
    private final EventScheduling events;
    private final ProjectTeams teams;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ProjectAdministration(
            ProjectRepository projects,
            OrganisationService organisations,
            ThemeService themes,
            GroupDirectory groups,
            PracticeLibrary practices,
            EventScheduling events,
            ProjectTeams teams,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.projects = projects;
        this.organisations = organisations;
        this.themes = themes;
        this.groups = groups;
        this.practices = practices;
        this.events = events;
        this.teams = teams;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** @return the new project's id */
    public long create(ProjectDraft draft) {
        var valid = validated(draft);
        if (projects.existsByAcronymIgnoreCase(valid.acronym())) {
            throw new UserFacingException("project.error.acronym-taken", valid.acronym());
        }
        Project project;
        try {
            project = projects.saveAndFlush(new Project(valid, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // two secretaries creating the same acronym at once: the unique index decides
            throw new UserFacingException("project.error.acronym-taken", valid.acronym());
        }
        var id = Objects.requireNonNull(project.getId());
        var team = teams.create(valid.acronym(), valid.title());
        project.setTeamGroupId(team);
        teams.enrol(team, organisationsOf(valid));
        audit("project.create", id);
        publisher.publishEvent(new ProjectLaunched(
                id,
                valid.acronym() + " – " + valid.title(),
                valid.groupIds(),
                CurrentUser.require().personId()));
        return id;
    }

    /**
     * @param expectedVersion the version the editor started from; a change made meanwhile by someone else is not
     *     overwritten
     */
    public void update(long id, ProjectDraft draft, int expectedVersion) {
        var project = projects.findById(id).orElseThrow(NotFoundException::new);
        if (project.getVersion() != expectedVersion) {
            throw new UserFacingException("project.error.changed-meanwhile");
        }
        var valid = validated(draft);
        if (projects.existsByAcronymIgnoreCaseAndIdNot(valid.acronym(), id)) {
            throw new UserFacingException("project.error.acronym-taken", valid.acronym());
        }
        project.apply(valid, clock.instant());
        var team = project.getTeamGroupId();
        if (team != null) {
            teams.enrol(team, organisationsOf(valid));
        }
        audit("project.change", id);
    }

    /** Puts an event on the project's timeline (an event belongs to one project at most), or takes it off. */
    public void placeEvent(long projectId, long eventId, boolean onTimeline) {
        requireProject(projectId);
        events.placeInProject(eventId, onTimeline ? projectId : null);
        audit(onTimeline ? "project.event.add" : "project.event.remove", projectId);
    }

    /** Adds a practice (a guidebook, a practice sheet) to the project's outputs; refused for a practice not found. */
    public void addOutput(long projectId, long practiceId) {
        var project = requireProject(projectId);
        if (practices.find(practiceId).isEmpty()) {
            throw new UserFacingException("project.error.no-practice", practiceId);
        }
        if (project.addOutput(practiceId)) {
            audit("project.output.add", projectId);
        }
    }

    public void removeOutput(long projectId, long practiceId) {
        if (requireProject(projectId).removeOutput(practiceId)) {
            audit("project.output.remove", projectId);
        }
    }

    private static java.util.List<Long> organisationsOf(ProjectDraft draft) {
        return draft.partners().stream().map(ProjectPartner::organisationId).toList();
    }

    private Project requireProject(long id) {
        return projects.findById(id).orElseThrow(NotFoundException::new);
    }

    /** The draft with its texts trimmed, or a refusal naming the first thing wrong. */
    private ProjectDraft validated(ProjectDraft draft) {
        var acronym = TextInput.required(draft.acronym(), Project.ACRONYM_MAX, "project.error.acronym");
        var title = TextInput.required(draft.title(), Project.TITLE_MAX, "project.error.title");
        var programme = TextInput.required(draft.programme(), Project.PROGRAMME_MAX, "project.error.programme");
        if (draft.endsOn().isBefore(draft.startsOn())) {
            throw new UserFacingException("project.error.dates");
        }
        var summary = TextInput.required(draft.summary(), Project.SUMMARY_MAX, "project.error.summary");
        var description = TextInput.optional(draft.description(), Project.DESCRIPTION_MAX, "project.error.description");
        var website = website(draft.website());
        var organisationIds = new HashSet<Long>();
        var leads = 0;
        for (var partner : draft.partners()) {
            if (!organisationIds.add(partner.organisationId())) {
                throw new UserFacingException("project.error.partner-twice");
            }
            if (partner.role() == PartnerRole.LEAD) {
                leads++;
            }
        }
        if (leads != 1) {
            throw new UserFacingException("project.error.one-lead");
        }
        if (organisations.summaries(organisationIds).size() != organisationIds.size()) {
            throw new UserFacingException("project.error.unknown-organisation");
        }
        if (themes.items(draft.themeIds()).size() != draft.themeIds().size()) {
            throw new UserFacingException("project.error.unknown-theme");
        }
        if (groups.groupNames(draft.groupIds()).size() != draft.groupIds().size()) {
            throw new UserFacingException("project.error.unknown-group");
        }
        return new ProjectDraft(
                acronym,
                title,
                programme,
                draft.startsOn(),
                draft.endsOn(),
                draft.status(),
                summary,
                description,
                website,
                draft.partners(),
                draft.themeIds(),
                draft.groupIds());
    }

    private static @Nullable String website(@Nullable String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        var trimmed = website.strip();
        if (!WebAddresses.isWebAddress(trimmed, Project.WEBSITE_MAX, false)) {
            throw new UserFacingException("project.error.website", Project.WEBSITE_MAX);
        }
        return trimmed;
    }

    private void audit(String action, long projectId) {
        publisher.publishEvent(new AuditedAction(
                CurrentUser.require().personId(), action, "project", projectId, null, null, clock.instant()));
    }
}
