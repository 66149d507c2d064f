package eu.praxis.practice;

import static eu.praxis.base.QueryIds.nonEmpty;

import eu.praxis.base.NotFoundException;
import eu.praxis.practice.PracticePolicy.Viewer;
import java.io.InputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the practice library: a practice's page, the lists on organisation and group pages, a practice's
 * history and older revisions (for those who may edit it) or the reasons of its changes (for every reader), and its
 * attachments. A practice the caller may not see is "not found"
 * ({@link PracticePolicy#maySee}), so that ids cannot be probed. The library page itself is the search feature's.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PracticeLibrary {

    private final PracticeRepository practices;
    private final PracticeAttachments attachments;
    private final PracticeViewers viewers;
    private final PracticeAccess access;
    private final PracticeReadModels readModels;
    private final PracticeRevisions revisions;
    private final PracticePolicy policy;

    PracticeLibrary(
            PracticeRepository practices,
            PracticeAttachments attachments,
            PracticeViewers viewers,
            PracticeAccess access,
            PracticeReadModels readModels,
            PracticeRevisions revisions,
            PracticePolicy policy) {
        this.practices = practices;
        this.attachments = attachments;
        this.viewers = viewers;
        this.access = access;
        this.readModels = readModels;
        this.revisions = revisions;
        this.policy = policy;
    }

    /** The practice's page, with what the caller may do to it. */
    public PracticeDetails get(long id) {
        var viewer = viewers.current();
        return readModels.current(access.visible(id, viewer), viewer);
    }

    /** {@link #get}, empty when the practice does not exist or the caller may not see it. */
    public Optional<PracticeDetails> find(long id) {
        var viewer = viewers.current();
        return access.find(id, viewer).map(practice -> readModels.current(practice, viewer));
    }

    /** The newest published practices the caller may see (their groups' and the whole network's), for the home page. */
    public Slice<PracticeListItem> newest(Pageable page) {
        return list(viewers.current(), null, null, false, page);
    }

    /**
     * The newest practices shared with the whole network, published after {@code since}: what every member reads,
     * decided by no one's memberships (the newsletter's "new practices").
     */
    public List<PracticeListItem> sharedWithNetworkSince(Instant since, int limit) {
        var none = nonEmpty(Set.of());
        return readModels
                .listItems(practices.findVisible(
                        false, -1, none, -1, none, false, null, null, PageRequest.of(0, Math.clamp(limit, 1, 200))))
                .stream()
                .filter(p -> p.publishedAt() != null && p.publishedAt().isAfter(since))
                .toList();
    }

    /** A group's newest published practices that the caller may see, for the group's page. */
    public Slice<PracticeListItem> practicesOfGroup(long groupId, Pageable page) {
        return list(viewers.current(), null, groupId, false, page);
    }

    /**
     * An organisation's practices for its page: the published ones the caller may see, plus drafts
     * for the organisation's own people, who alone read them (DD023).
     */
    public Slice<PracticeListItem> practicesOfOrganisation(long organisationId, Pageable page) {
        var viewer = viewers.current();
        var user = viewer.user();
        var drafts = !user.isResearcher() && user.organisationId() == organisationId;
        return list(viewer, organisationId, null, drafts, page);
    }

    /**
     * Who changed the practice when and what, newest first, for those who may read its history
     * ({@link PracticePolicy#mayReadHistory}: those who may edit it); others are refused, and read
     * {@link #changeReasons} instead.
     */
    public List<RevisionSummary> history(long id) {
        var viewer = viewers.current();
        var practice = withHistory(id, viewer);
        return revisions.of(id, statusThen -> policy.mayReadRevision(viewer, practice, statusThen));
    }

    /**
     * Why the practice changed, newest first, for everyone who may see it: the reasons moderators gave for their edits
     * and redactions, with the version each made, never the older texts.
     */
    public List<ChangeReason> changeReasons(long id) {
        access.visible(id, viewers.current());
        return revisions.of(id, statusThen -> false).stream()
                .filter(r -> r.reason() != null)
                .map(r -> new ChangeReason(r.version(), r.when(), Objects.requireNonNull(r.reason())))
                .toList();
    }

    /**
     * The practice as it was at a revision of its history, for those who may read that revision
     * ({@link PracticePolicy#mayReadRevision}: a draft's texts only for the author's organisation).
     */
    public PracticeDetails revision(long id, long revisionNumber) {
        var viewer = viewers.current();
        var practice = withHistory(id, viewer);
        var old = revisions.at(id, revisionNumber).orElseThrow(NotFoundException::new);
        if (!policy.mayReadRevision(viewer, practice, old.getStatus())) {
            throw new AccessDeniedException("Only the author's organisation reads the drafts of practice " + id);
        }
        return readModels.revision(old, revisions.versionAt(id, revisionNumber));
    }

    /**
     * The page of a version's stable address ({@link PracticePaths#version}, DD032): that version for those who may read
     * it ({@link PracticePolicy#mayReadRevision}), the current one for everyone else, who never read older texts; the
     * caller tells them apart by {@link PracticeDetails#versionNumber}. A version the practice never had is "not found".
     */
    public PracticeDetails version(long id, int versionNumber) {
        var viewer = viewers.current();
        var practice = access.visible(id, viewer);
        var revisionNumber = revisions.revisionOfVersion(id, versionNumber).orElseThrow(NotFoundException::new);
        if (versionNumber == revisions.currentVersion(id) || !policy.mayReadHistory(viewer, practice)) {
            return readModels.current(practice, viewer);
        }
        return revisions
                .at(id, revisionNumber)
                .filter(old -> policy.mayReadRevision(viewer, practice, old.getStatus()))
                .map(old -> readModels.revision(old, versionNumber))
                .orElseGet(() -> readModels.current(practice, viewer));
    }

    /**
     * The citations of the current versions of practices, by id, for those of them the caller may see (the others are
     * left out, like unknown ids): a search export cites every practice it lists.
     */
    public Map<Long, PracticeCitation> citations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var viewer = viewers.current();
        var visible = practices.findAllById(Set.copyOf(ids)).stream()
                .filter(practice -> policy.maySee(viewer, practice))
                .toList();
        return readModels.citations(visible);
    }

    private Practice withHistory(long id, Viewer viewer) {
        var practice = access.visible(id, viewer);
        if (!policy.mayReadHistory(viewer, practice)) {
            throw new AccessDeniedException("Only those who may edit practice " + id + " read its history");
        }
        return practice;
    }

    /**
     * An attachment for download, for those who may see its practice; an attachment of a practice the caller
     * may not see is "not found", exactly like an unknown id. The bytes come from {@link #open}.
     */
    public AttachmentDownload download(long attachmentId) {
        var viewer = viewers.current();
        var attachment = attachments.get(attachmentId);
        access.visible(attachment.getPracticeId(), viewer);
        return new AttachmentDownload(
                attachment.getFileName(), attachment.getMediaType(), attachment.getSize(), attachment.getSha256());
    }

    /**
     * The bytes of an attachment that {@link #download} allowed; the caller closes the stream. Outside any
     * transaction, so that a slow download holds no database connection.
     *
     * @throws NotFoundException when the content is missing from the file store (logged: it is a bug)
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public InputStream open(AttachmentDownload download) {
        return attachments.open(download.sha256());
    }

    private Slice<PracticeListItem> list(
            Viewer viewer, @Nullable Long organisationId, @Nullable Long groupId, boolean drafts, Pageable page) {
        var user = viewer.user();
        // The query orders newest first; a sort from the caller would break the index-friendly order.
        var unsorted = PageRequest.of(page.getPageNumber(), page.getPageSize());
        // Researchers never see through their organisation: they do not edit.
        var myOrganisation = user.isResearcher() ? -1 : user.organisationId();
        return readModels.listItems(practices.findVisible(
                user.isAdmin(),
                user.personId(),
                nonEmpty(viewer.ledGroupIds()),
                myOrganisation,
                nonEmpty(viewer.readableGroupIds()),
                drafts,
                organisationId,
                groupId,
                unsorted));
    }
}
