package eu.praxis.publication;

import eu.praxis.group.GroupDirectory;
import eu.praxis.practice.ThemeService;
import eu.praxis.project.ProjectDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds the library's items and a publication's page from the entities and what other features say. */
@Component
class PublicationReadModels {

    private final ThemeService themes;
    private final GroupDirectory groups;
    private final ProjectDirectory projects;

    PublicationReadModels(ThemeService themes, GroupDirectory groups, ProjectDirectory projects) {
        this.themes = themes;
        this.groups = groups;
        this.projects = projects;
    }

    /**
     * @param shown the publications to list
     * @param readable every publication the viewer may read, for the languages of the other editions
     */
    List<PublicationListItem> listItems(List<Publication> shown, Collection<Publication> readable) {
        var languagesByFamily = readable.stream()
                .collect(Collectors.groupingBy(
                        Publication::familyKey,
                        Collectors.mapping(Publication::getLanguage, Collectors.toCollection(ArrayList::new))));
        return shown.stream()
                .map(p -> {
                    var others = new ArrayList<>(languagesByFamily.getOrDefault(p.familyKey(), new ArrayList<>()));
                    others.remove(p.getLanguage());
                    return new PublicationListItem(
                            Objects.requireNonNull(p.getId()),
                            p.getType(),
                            p.getTitle(),
                            p.getLanguage(),
                            p.getPublishedOn(),
                            p.getAuthors(),
                            p.getVisibility(),
                            List.copyOf(others));
                })
                .toList();
    }

    /**
     * @param editions the other editions the viewer may read
     * @param forMembers whether the page is for someone logged in: only then does it name project, themes and groups
     */
    PublicationDetails details(Publication p, List<Publication> editions, boolean forMembers, boolean mayAdminister) {
        var projectId = p.getProjectId();
        return new PublicationDetails(
                Objects.requireNonNull(p.getId()),
                p.getVersion(),
                p.getType(),
                p.getTitle(),
                p.getAbstractText(),
                p.getLanguage(),
                p.getPublishedOn(),
                p.getAuthors(),
                p.getVisibility(),
                forMembers ? projectId : null,
                forMembers && projectId != null
                        ? projects.acronyms(List.of(projectId)).get(projectId)
                        : null,
                forMembers ? List.copyOf(themes.items(p.getThemeIds()).values()) : List.of(),
                forMembers ? groups.groupNames(p.getGroupIds()) : Map.of(),
                p.getFiles().stream().map(PublicationFile::toItem).toList(),
                editions.stream()
                        .map(e -> new PublicationEdition(
                                Objects.requireNonNull(e.getId()), e.getLanguage(), e.getTitle()))
                        .toList(),
                mayAdminister,
                draft(p));
    }

    private static PublicationDraft draft(Publication p) {
        return new PublicationDraft(
                p.getType(),
                p.getTitle(),
                p.getAbstractText(),
                p.getLanguage(),
                p.getPublishedOn(),
                p.getAuthors(),
                p.getVisibility(),
                p.getProjectId(),
                p.getThemeIds(),
                p.getGroupIds(),
                p.getFamilyId());
    }
}
