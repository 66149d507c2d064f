package eu.praxis.practice;

import static eu.praxis.base.QueryIds.nonEmpty;

import eu.praxis.base.NotFoundException;
import eu.praxis.member.MemberService;
import eu.praxis.practice.PracticePolicy.Viewer;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the practice library: a practice's page, the lists on organisation and group pages, a practice's
 * history and older revisions, and its attachments. A practice the caller may not see is "not found"
 * ({@link PracticePolicy#maySee}), so that ids cannot be probed. The library page itself is the search feature's.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PracticeLibrary {

    private final PracticeRepository practices;
    private final MemberService members;
    private final PracticeAttachments attachments;
    private final PracticeViewers viewers;
    private final PracticeAccess access;
    private final PracticeReadModels readModels;
    private final EntityManager entityManager;

    PracticeLibrary(
            PracticeRepository practices,
            MemberService members,
            PracticeAttachments attachments,
            PracticeViewers viewers,
            PracticeAccess access,
            PracticeReadModels readModels,
            EntityManager entityManager) {
        this.practices = practices;
        this.members = members;
        this.attachments = attachments;
        this.viewers = viewers;
        this.access = access;
        this.readModels = readModels;
        this.entityManager = entityManager;
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

    /** Who changed the practice when, newest first; for those who may see it. */
    public List<RevisionSummary> history(long id) {
        access.visible(id, viewers.current());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntityWithChanges(Practice.class, false)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        var personIds = rows.stream()
                .map(r -> ((PracticeRevision) r[1]).getPersonId())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var people = members.summaries(personIds);
        var result = new ArrayList<RevisionSummary>();
        for (var row : rows) {
            var practice = (Practice) row[0];
            var revision = (PracticeRevision) row[1];
            @SuppressWarnings("unchecked")
            var changed = row[2] == RevisionType.ADD ? Set.<String>of() : Set.copyOf((Set<String>) row[3]);
            var person = revision.getPersonId() == null ? null : people.get(revision.getPersonId());
            result.add(new RevisionSummary(
                    revision.getId(),
                    Instant.ofEpochMilli(revision.getRevisedAt()),
                    revision.getPersonId(),
                    person == null ? "" : person.name(),
                    practice.getStatus(),
                    changed,
                    revision.getReason()));
        }
        return result;
    }

    /** The practice as it was at a revision of its history; for those who may see it now. */
    public PracticeDetails revision(long id, long revisionNumber) {
        access.visible(id, viewers.current());
        var old = AuditReaderFactory.get(entityManager).find(Practice.class, id, revisionNumber);
        if (old == null) {
            throw new NotFoundException();
        }
        return readModels.revision(old);
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
