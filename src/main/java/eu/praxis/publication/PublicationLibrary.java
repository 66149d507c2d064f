package eu.praxis.publication;

import eu.praxis.base.NotFoundException;
import eu.praxis.group.GroupAccess;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Viewer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading publications for those logged in: the library with its filters, a publication's page with its editions
 * and files, and the files. Which publications a viewer reads is {@link PublicationPolicy#maySee}; one they may not
 * read is "not found", and so are its files.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PublicationLibrary {

    private final PublicationRepository publications;
    private final PublicationReadModels readModels;
    private final PublicationPolicy policy;
    private final GroupAccess groups;

    PublicationLibrary(
            PublicationRepository publications,
            PublicationReadModels readModels,
            PublicationPolicy policy,
            GroupAccess groups) {
        this.publications = publications;
        this.readModels = readModels;
        this.policy = policy;
        this.groups = groups;
    }

    /**
     * The publications the viewer may read that match the filter, the most recent first. The network publishes tens
     * of publications a year: they are filtered in memory.
     */
    public List<PublicationListItem> list(PublicationFilter filter) {
        var readable = readable(CurrentUser.require());
        var shown = readable.stream()
                .filter(p -> filter.type() == null || p.getType() == filter.type())
                .filter(p -> filter.language() == null || p.getLanguage().equals(filter.language()))
                .filter(p -> filter.themeId() == null || p.getThemeIds().contains(filter.themeId()))
                .toList();
        return readModels.listItems(shown, readable);
    }

    /** @throws NotFoundException when there is no such publication or the viewer may not read it */
    public PublicationDetails get(long id) {
        var viewer = CurrentUser.require();
        var mine = myGroupIds();
        var publication = visible(publications.findById(id), viewer, mine);
        var editions = publications.findFamily(publication.familyKey()).stream()
                .filter(e -> !e.equals(publication) && maySee(e, viewer, mine))
                .toList();
        return readModels.details(publication, editions, true, policy.mayAdminister(viewer));
    }

    /** @throws NotFoundException when there is no such file or the viewer may not read its publication */
    public PublicationFileDownload download(long fileId) {
        var publication = visible(publications.findByFileId(fileId), CurrentUser.require(), myGroupIds());
        return PublicPublications.download(publication, fileId);
    }

    /** Whether the caller publishes and changes publications (the "New publication" button). */
    public boolean mayAdminister() {
        return policy.mayAdminister(CurrentUser.require());
    }

    private List<Publication> readable(Viewer viewer) {
        var mine = myGroupIds();
        return publications.findAllByOrderByPublishedOnDescIdDesc().stream()
                .filter(p -> maySee(p, viewer, mine))
                .toList();
    }

    private Publication visible(Optional<Publication> found, Viewer viewer, Set<Long> mine) {
        return found.filter(p -> maySee(p, viewer, mine)).orElseThrow(NotFoundException::new);
    }

    private boolean maySee(Publication p, Viewer viewer, Set<Long> mine) {
        return policy.maySee(viewer, p.getVisibility(), p.getGroupIds(), mine);
    }

    /** The groups the logged-in viewer is an active member of (every group for the secretariat). */
    private Set<Long> myGroupIds() {
        return groups.myGroupIds().readable();
    }
}
