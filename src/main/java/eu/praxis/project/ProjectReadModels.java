package eu.praxis.project;

import eu.praxis.discussion.MarkdownRenderer;
import eu.praxis.event.EventCalendar;
import eu.praxis.event.EventFilter;
import eu.praxis.group.GroupDirectory;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.organisation.OrganisationSummary;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.ThemeService;
import eu.praxis.security.Viewer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds the directory's items and a project's page from the project and what other features say of its parts. */
@Component
class ProjectReadModels {

    /** The timeline shows the project's whole life: from before it starts to well after it ends. */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private final OrganisationService organisations;
    private final ThemeService themes;
    private final GroupDirectory groups;
    private final EventCalendar events;
    private final PracticeLibrary practices;
    private final MarkdownRenderer markdown;
    private final EuropeMap map;
    private final ProjectPolicy policy;

    ProjectReadModels(
            OrganisationService organisations,
            ThemeService themes,
            GroupDirectory groups,
            EventCalendar events,
            PracticeLibrary practices,
            MarkdownRenderer markdown,
            EuropeMap map,
            ProjectPolicy policy) {
        this.organisations = organisations;
        this.themes = themes;
        this.groups = groups;
        this.events = events;
        this.practices = practices;
        this.markdown = markdown;
        this.map = map;
        this.policy = policy;
    }

    /** The projects' organisations are looked up once for all of them. */
    List<ProjectListItem> listItems(List<Project> projects) {
        var partners = organisations.summaries(projects.stream()
                .flatMap(p -> p.getPartners().stream())
                .map(ProjectPartner::organisationId)
                .collect(Collectors.toSet()));
        return projects.stream().map(p -> listItem(p, partners)).toList();
    }

    ProjectDetails details(Project project, Viewer viewer) {
        var id = Objects.requireNonNull(project.getId());
        var partners = partnerItems(project.getPartners());
        var timeline = events.between(EventFilter.ofProject(id), EARLIEST, LATEST);
        var outputs = project.getOutputPracticeIds().stream()
                .map(practices::find)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(p -> p.title().toLowerCase(java.util.Locale.ROOT)))
                .map(p -> new ProjectOutput(p.id(), p.title(), p.permalink(), p.attachments()))
                .toList();
        return new ProjectDetails(
                id,
                project.getVersion(),
                project.getAcronym(),
                project.getTitle(),
                project.getProgramme(),
                project.getStartsOn(),
                project.getEndsOn(),
                project.getStatus(),
                project.getSummary(),
                markdown.toHtml(project.getDescriptionMarkdown(), personId -> null),
                project.getWebsite(),
                partners,
                themes.items(project.getThemeIds()).values().stream().toList(),
                groups.groupNames(project.getGroupIds()),
                timeline,
                outputs,
                project.getOutputPracticeIds().size() - outputs.size(),
                project.getTeamGroupId() == null
                        ? null
                        : groups.find(project.getTeamGroupId()).orElse(null),
                policy.mayAdminister(viewer),
                project.draft());
    }

    /** The lead first, then by role and name. */
    private List<PartnerItem> partnerItems(Collection<ProjectPartner> partners) {
        var summaries = organisations.summaries(
                partners.stream().map(ProjectPartner::organisationId).toList());
        var items = new ArrayList<PartnerItem>();
        for (var partner : partners) {
            var organisation = summaries.get(partner.organisationId());
            if (organisation != null) {
                items.add(new PartnerItem(
                        organisation.id(),
                        organisation.name(),
                        organisation.country(),
                        organisation.city(),
                        partner.role(),
                        map.locate(organisation.country(), organisation.city()).orElse(null)));
            }
        }
        items.sort(Comparator.comparing(PartnerItem::role)
                .thenComparing(p -> p.name().toLowerCase(java.util.Locale.ROOT)));
        return List.copyOf(items);
    }

    private static ProjectListItem listItem(Project project, Map<Long, OrganisationSummary> organisations) {
        var lead = project.getPartners().stream()
                .filter(p -> p.role() == PartnerRole.LEAD)
                .map(p -> organisations.get(p.organisationId()))
                .filter(Objects::nonNull)
                .map(OrganisationSummary::name)
                .findFirst()
                .orElse(null);
        var countries = project.getPartners().stream()
                .map(p -> organisations.get(p.organisationId()))
                .filter(Objects::nonNull)
                .map(OrganisationSummary::country)
                .collect(Collectors.toCollection(TreeSet::new));
        return new ProjectListItem(
                Objects.requireNonNull(project.getId()),
                project.getAcronym(),
                project.getTitle(),
                project.getProgramme(),
                project.getStartsOn(),
                project.getEndsOn(),
                project.getStatus(),
                project.getSummary(),
                lead,
                project.getPartners().size(),
                countries);
    }
}
