package eu.praxis.project;

import eu.praxis.base.NotFoundException;
import eu.praxis.security.CurrentUser;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading projects: the directory with its filters, a project's page, an organisation's projects. Everyone who may
 * log in reads every project ({@link ProjectPolicy}); what a page shows of other features (events, practices, groups)
 * follows their own rules for the viewer.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ProjectDirectory {

    private final ProjectRepository projects;
    private final ProjectReadModels readModels;
    private final ProjectPolicy policy;

    ProjectDirectory(ProjectRepository projects, ProjectReadModels readModels, ProjectPolicy policy) {
        this.projects = projects;
        this.readModels = readModels;
        this.policy = policy;
    }

    /**
     * The projects that match the filter, newest first. The network runs tens of projects, not thousands: they are
     * filtered in memory, the country through the partners' organisations.
     */
    public List<ProjectListItem> list(ProjectFilter filter) {
        var matching = projects.findAllByOrderByStartsOnDescIdDesc().stream()
                .filter(p -> filter.status() == null || p.getStatus() == filter.status())
                .filter(p -> filter.programme() == null || p.getProgramme().equalsIgnoreCase(filter.programme()))
                .filter(p -> filter.themeId() == null || p.getThemeIds().contains(filter.themeId()))
                .toList();
        return readModels.listItems(matching).stream()
                .filter(p -> filter.country() == null || p.countries().contains(filter.country()))
                .toList();
    }

    /** The funding programmes of the projects, for the directory's filter. */
    public List<String> programmes() {
        return projects.findAll().stream()
                .map(Project::getProgramme)
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    /** The projects the organisation is a partner of, newest first. */
    public List<ProjectListItem> projectsOfOrganisation(long organisationId) {
        return readModels.listItems(projects.findByPartner(organisationId));
    }

    /** The acronyms of the projects among the ids that exist, for features that refer to projects by id (calls). */
    /** The organisation that leads the project, if one does; for what another feature lets it do for the project. */
    public Optional<Long> leadOrganisation(long projectId) {
        return projects.findById(projectId)
                .flatMap(project -> project.getPartners().stream()
                        .filter(partner -> partner.role() == PartnerRole.LEAD)
                        .map(ProjectPartner::organisationId)
                        .findFirst());
    }

    public Map<Long, String> acronyms(Collection<Long> ids) {
        return projects.findAllById(ids).stream().collect(Collectors.toMap(Project::getId, Project::getAcronym));
    }

    /** @throws NotFoundException when there is no such project */
    public ProjectDetails get(long id) {
        return readModels.details(projects.findById(id).orElseThrow(NotFoundException::new), CurrentUser.require());
    }

    /** Whether the caller may create and change projects (the "New project" button). */
    public boolean mayAdminister() {
        return policy.mayAdminister(CurrentUser.require());
    }
}
