package eu.praxis.practice;

import static eu.praxis.base.QueryIds.nonEmpty;

import eu.praxis.base.AuditedAction;
import eu.praxis.content.Moderation;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.group.GroupAccess;
import eu.praxis.group.GroupDirectory;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.Countries;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.organisation.OrganisationSummary;
import eu.praxis.practice.PracticePolicy.Viewer;
import eu.praxis.security.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice library: writing, publishing and reading practice sheets and case studies, and
 * their history. Every rule that depends on the practice is asked of {@link PracticePolicy};
 * a practice the caller may not see is "not found", so that ids cannot be probed. Moderators
 * ({@link PracticePolicy#mayModerate}) hide, restore and delete practices; each such action, and each edit by
 * someone outside the author's organisation, publishes an {@link AuditedAction} and a {@link PracticeModerated}.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PracticeService {

    private final PracticeRepository practices;
    private final ThemeRepository themes;
    private final GroupDirectory groups;
    private final GroupAccess groupAccess;
    private final MemberService members;
    private final OrganisationService organisations;
    private final PracticePolicy policy;
    private final PracticeAttachments attachments;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    PracticeService(PracticeRepository practices, ThemeRepository themes, GroupDirectory groups, GroupAccess groupAccess,
            MemberService members,
            OrganisationService organisations, PracticePolicy policy, PracticeAttachments attachments,
            ApplicationEventPublisher events, EntityManager entityManager, Clock clock) {
        this.practices = practices;
        this.themes = themes;
        this.groups = groups;
        this.groupAccess = groupAccess;
        this.members = members;
        this.organisations = organisations;
        this.policy = policy;
        this.attachments = attachments;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Creates a draft; the author is the caller and the organisation theirs. */
    @Transactional
    public long create(PracticeDraft draft) {
        var viewer = viewer();
        if (!policy.mayCreate(viewer.user())) {
            throw new UserFacingException("practice.error.may-not-create");
        }
        var organisationId = viewer.user().organisationId();
        var practice = new Practice(draft.type(), viewer.user().personId(), organisationId, clock.instant());
        var organisation = organisations.get(organisationId);
        var placeOfOrganisation = draft.country() == null || draft.country().isBlank();
        var country = placeOfOrganisation ? organisation.country() : draft.country();
        if (placeOfOrganisation && (draft.city() == null || draft.city().isBlank()) && organisation.city() != null) {
            // Neither country nor city given: the practice is the author's organisation's, city included.
            draft = draft.withCity(organisation.city());
        }
        validate(draft, country, practice, viewer);
        practice.apply(draft, country, clock.instant());
        return Objects.requireNonNull(practices.save(practice).getId());
    }

    /**
     * Saves an edit. With {@code expectedVersion} (the version the form was loaded with), an edit made
     * meanwhile by someone else is refused instead of silently overwritten.
     */
    @Transactional
    public void update(long id, PracticeDraft draft, @Nullable Integer expectedVersion) {
        update(id, draft, expectedVersion, null);
    }

    /**
     * {@link #update(long, PracticeDraft, Integer)} with the reason for the change, kept in the history
     * (optional: leads of a sharing group co-edit practices as a matter of course; the editor asks a
     * moderator for one). An edit by someone outside the author's organisation is audited as
     * {@code practice.edit}.
     */
    @Transactional
    public void update(long id, PracticeDraft draft, @Nullable Integer expectedVersion, @Nullable String reason) {
        var why = Moderation.reason(reason, false);
        var viewer = viewer();
        var practice = editable(id, viewer);
        if (expectedVersion != null && expectedVersion != practice.getVersion()) {
            throw new UserFacingException("practice.error.changed-meanwhile");
        }
        if (draft.type() != practice.getType()) {
            throw new UserFacingException("practice.error.type-fixed");
        }
        var country = draft.country() == null || draft.country().isBlank() ? practice.getCountry() : draft.country();
        validate(draft, country, practice, viewer);
        practice.apply(draft, country, clock.instant());
        if (practice.isPublished()) {
            practice.missingForPublication().stream().findFirst().ifPresent(key -> {
                throw new UserFacingException(key);
            });
            if (!practice.isWholeNetwork() && practice.getGroupIds().isEmpty()) {
                throw new UserFacingException("practice.error.no-audience");
            }
        }
        if (why != null) {
            AuditReaderFactory.get(entityManager).getCurrentRevision(PracticeRevision.class, true).setReason(why);
        }
        if (policy.editsAsModerator(viewer, practice)) {
            moderated(viewer, practice, "edit", why);
        }
        events.publishEvent(new PracticeUpdated(id, viewer.user().personId(), practice.isPublished()));
    }

    /** Hides a practice from everyone but its author, its moderators and admins, who see the reason. */
    @Transactional
    public void hide(long id, String reason) {
        var why = Objects.requireNonNull(Moderation.reason(reason, true));
        moderate(id, "hide", why, (practice, moderator) -> practice.getModeration().hide(moderator, why,
                clock.instant()));
    }

    @Transactional
    public void restore(long id) {
        moderate(id, "restore", null, (practice, moderator) -> practice.getModeration().restore());
    }

    /** Soft-deletes a practice: only admins still see it (marked), and only they bring it back. */
    @Transactional
    public void delete(long id, @Nullable String reason) {
        var why = Moderation.reason(reason, false);
        moderate(id, "delete", why, (practice, moderator) -> practice.getModeration().delete(moderator,
                clock.instant()));
    }

    @Transactional
    public void undelete(long id) {
        if (!policy.mayUndelete(viewer())) {
            throw new AccessDeniedException("Only the secretariat restores deleted practices");
        }
        moderate(id, "undelete", null, (practice, moderator) -> practice.getModeration().undelete());
    }

    @Transactional
    public void publish(long id) {
        var practice = editable(id, viewer());
        practice.publish(clock.instant());
        events.publishEvent(new PracticePublished(id, practice.getGroupIds(), practice.isWholeNetwork(),
                practice.getAuthorId()));
    }

    /** Takes a practice back to draft: only its editors see it again. */
    @Transactional
    public void unpublish(long id) {
        var viewer = viewer();
        var practice = editable(id, viewer);
        practice.unpublish(clock.instant());
        events.publishEvent(new PracticeUpdated(id, viewer.user().personId(), false));
    }

    public PracticeDetails get(long id) {
        var viewer = viewer();
        var practice = visible(id, viewer);
        return details(practice, policy.mayEdit(viewer, practice), attachments.list(id),
                policy.mayModerate(viewer, practice), policy.mayUndelete(viewer));
    }

    /**
     * Attaches an uploaded file, for those who may edit the practice, up to {@link Attachment#MAX_PER_PRACTICE}.
     * The content is inspected and stored by {@link eu.praxis.base.files.Uploads}, whose refusals (empty, too
     * large, type not allowed or not matching the name, archive bomb) come as {@link UserFacingException} and
     * leave nothing behind; its text is extracted for search, within the extractor's time and length bounds.
     */
    @Transactional
    public AttachmentItem attach(long practiceId, InputStream content, String fileName) {
        var viewer = viewer();
        var practice = editable(practiceId, viewer);
        // Two uploads at once must not both pass the limit; the lock also orders them against a removal.
        entityManager.lock(practice, LockModeType.PESSIMISTIC_WRITE);
        var item = attachments.attach(practiceId, viewer.user().personId(), content, fileName);
        attachmentsChanged(practice);
        return item;
    }

    /** Removes an attachment, for those who may edit its practice; its content goes when nothing else names it. */
    @Transactional
    public void removeAttachment(long attachmentId) {
        var attachment = attachments.get(attachmentId);
        var practice = editable(attachment.getPracticeId(), viewer());
        // as in attach: changes of one practice's attachments, and so of its list of names, one at a time
        entityManager.lock(practice, LockModeType.PESSIMISTIC_WRITE);
        attachments.remove(attachment);
        attachmentsChanged(practice);
    }

    /** Records the change in the practice's history and has the search feature reindex the attachments' texts. */
    private void attachmentsChanged(Practice practice) {
        var id = Objects.requireNonNull(practice.getId());
        practice.attachmentsChanged(attachments.list(id).stream().map(AttachmentItem::fileName).toList());
        events.publishEvent(new PracticeAttachmentsChanged(id));
    }

    /**
     * An attachment for download, for those who may see its practice; an attachment of a practice the caller
     * may not see is "not found", exactly like an unknown id. The bytes come from {@link #open}.
     */
    public AttachmentDownload download(long attachmentId) {
        var attachment = attachments.get(attachmentId);
        visible(attachment.getPracticeId(), viewer());
        return new AttachmentDownload(attachment.getFileName(), attachment.getMediaType(), attachment.getSize(),
                attachment.getSha256());
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

    /** The library: published practices the caller may see, newest first. */
    public Slice<PracticeListItem> find(PracticeFilter filter, Pageable page) {
        return find(filter, null, false, page);
    }

    /** How many practices {@link #find} would list in all, for "n practices" above the list. */
    public long count(PracticeFilter filter) {
        var viewer = viewer();
        return practices.countVisible(viewer.user().isAdmin(), viewer.user().personId(),
                nonEmpty(viewer.ledGroupIds()), myOrganisation(viewer), nonEmpty(viewer.readableGroupIds()), false,
                filter.type(), blankToNull(filter.country()), null, filter.themeId(), filter.groupId());
    }

    /**
     * An organisation's practices for its page: the published ones the caller may see, plus drafts
     * for the organisation's own people, who alone read them (DD023).
     */
    public Slice<PracticeListItem> practicesOfOrganisation(long organisationId, Pageable page) {
        var user = CurrentUser.require();
        var drafts = !user.isResearcher() && user.organisationId() == organisationId;
        return find(PracticeFilter.any(), organisationId, drafts, page);
    }

    /** Who changed the practice when, newest first; for those who may see it. */
    public List<RevisionSummary> history(long id) {
        visible(id, viewer());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntityWithChanges(Practice.class, false)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        var personIds = rows.stream().map(r -> ((PracticeRevision) r[1]).getPersonId()).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var people = members.summaries(personIds);
        var result = new ArrayList<RevisionSummary>();
        for (var row : rows) {
            var practice = (Practice) row[0];
            var revision = (PracticeRevision) row[1];
            @SuppressWarnings("unchecked")
            var changed = row[2] == RevisionType.ADD ? Set.<String>of() : Set.copyOf((Set<String>) row[3]);
            var person = revision.getPersonId() == null ? null : people.get(revision.getPersonId());
            result.add(new RevisionSummary(revision.getId(), Instant.ofEpochMilli(revision.getRevisedAt()),
                    revision.getPersonId(), person == null ? "" : person.name(), practice.getStatus(), changed,
                    revision.getReason()));
        }
        return result;
    }

    /** The practice as it was at a revision of its history; for those who may see it now. */
    public PracticeDetails revision(long id, long revisionNumber) {
        visible(id, viewer());
        var old = AuditReaderFactory.get(entityManager).find(Practice.class, id, revisionNumber);
        if (old == null) {
            throw new NotFoundException();
        }
        // Attachments are not part of the history: an older revision shows none.
        return details(old, false, List.of(), false, false);
    }

    private Slice<PracticeListItem> find(PracticeFilter filter, @Nullable Long organisationId, boolean drafts,
            Pageable page) {
        var viewer = viewer();
        // The query orders newest first; a sort from the caller would break the index-friendly order.
        var unsorted = PageRequest.of(page.getPageNumber(), page.getPageSize());
        var rows = practices.findVisible(viewer.user().isAdmin(), viewer.user().personId(),
                nonEmpty(viewer.ledGroupIds()), myOrganisation(viewer), nonEmpty(viewer.readableGroupIds()), drafts,
                filter.type(), blankToNull(filter.country()), organisationId, filter.themeId(), filter.groupId(),
                unsorted);
        if (!rows.hasContent()) {
            return rows.map(r -> toListItem(r, Map.of(), Map.of()));
        }
        Map<Long, List<ThemeItem>> themesByPractice = new HashMap<>();
        for (var t : practices.findThemes(rows.map(PracticeRepository.Row::id).toList())) {
            themesByPractice.computeIfAbsent(t.practiceId(), k -> new ArrayList<>()).add(t.theme());
        }
        var organisationsById = organisations.summaries(
                rows.map(PracticeRepository.Row::authorOrganisationId).toSet());
        return rows.map(r -> toListItem(r, themesByPractice, organisationsById));
    }

    private static PracticeListItem toListItem(PracticeRepository.Row r, Map<Long, List<ThemeItem>> themesByPractice,
            Map<Long, OrganisationSummary> organisationsById) {
        var organisation = organisationsById.get(r.authorOrganisationId());
        return new PracticeListItem(r.id(), r.type(), r.status(), r.title(), r.slug(), r.summary(), r.city(),
                r.country(), r.language(), r.periodStart(), r.publishedAt(), r.authorOrganisationId(),
                organisation == null ? "" : organisation.name(), themesByPractice.getOrDefault(r.id(), List.of()),
                r.hidden(), r.deletedAt() != null);
    }

    private PracticeDetails details(Practice p, boolean mayEdit, List<AttachmentItem> attachmentItems,
            boolean mayModerate, boolean mayUndelete) {
        var moderation = p.getModeration();
        var id = Objects.requireNonNull(p.getId());
        var author = members.summaries(List.of(p.getAuthorId())).get(p.getAuthorId());
        var organisation = organisations.summaries(List.of(p.getAuthorOrganisationId()))
                .get(p.getAuthorOrganisationId());
        var themeItems = p.getThemeIds().isEmpty() ? List.<ThemeItem>of() : themes.findItems(p.getThemeIds());
        return new PracticeDetails(id, p.getVersion(), p.getType(), p.getStatus(), p.getTitle(), p.getSlug(),
                p.getSummary(), p.getCity(), p.getCountry(), p.getLanguage(), p.getPeriodStart(), p.getPeriodEnd(),
                themeItems, groups.groupNames(p.getGroupIds()), p.isWholeNetwork(), p.getObjectives(), p.getActions(),
                p.getPartners(), p.getResults(), p.getEvaluation(), p.getContact(), p.getBody(), p.getAuthorId(),
                author == null ? "" : author.name(), p.getAuthorOrganisationId(),
                organisation == null ? "" : organisation.name(), p.getCreatedAt(), p.getUpdatedAt(),
                p.getPublishedAt(), mayEdit, attachmentItems, moderation.isHidden(), moderation.getHiddenReason(),
                moderation.isDeleted(), mayModerate, mayUndelete && moderation.isDeleted());
    }

    /** Checks a draft field by field; the first problem is reported with a key naming the field. */
    private void validate(PracticeDraft d, String country, Practice practice, Viewer viewer) {
        checkText(d.title(), true, Practice.TITLE_MAX, "practice.error.title");
        checkText(d.summary(), true, Practice.SUMMARY_MAX, "practice.error.summary");
        checkText(d.city(), false, Practice.CITY_MAX, "practice.error.city");
        if (!Countries.isValid(country)) {
            throw new UserFacingException("practice.error.country");
        }
        if (!PracticeLanguages.isValid(d.language())) {
            throw new UserFacingException("practice.error.language");
        }
        if (d.periodEnd() != null && d.periodEnd().isBefore(d.periodStart())) {
            throw new UserFacingException("practice.error.period");
        }
        checkText(d.objectives(), false, Practice.TEXT_MAX, "practice.error.objectives");
        checkText(d.actions(), false, Practice.TEXT_MAX, "practice.error.actions");
        checkText(d.partners(), false, Practice.TEXT_MAX, "practice.error.partners");
        checkText(d.results(), false, Practice.TEXT_MAX, "practice.error.results");
        checkText(d.evaluation(), false, Practice.TEXT_MAX, "practice.error.evaluation");
        checkText(d.contact(), false, Practice.CONTACT_MAX, "practice.error.contact");
        checkText(d.body(), false, Practice.TEXT_MAX, "practice.error.body");
        // Themes and groups already on the practice stay allowed: a theme may have been deactivated, or an
        // editor (a lead, a colleague) may not be a member of every group it is shared in.
        var newThemes = new HashSet<>(d.themeIds());
        newThemes.removeAll(practice.getThemeIds());
        if (!newThemes.isEmpty()) {
            var active = themes.findItems(newThemes).stream().filter(ThemeItem::active).count();
            if (active != newThemes.size()) {
                throw new UserFacingException("practice.error.theme");
            }
        }
        for (var groupId : d.groupIds()) {
            if (!practice.getGroupIds().contains(groupId) && !policy.mayShareIn(viewer, groupId)) {
                throw new UserFacingException("practice.error.group");
            }
        }
    }

    private static void checkText(@Nullable String text, boolean required, int max, String key) {
        var blank = text == null || text.isBlank();
        if ((required && blank) || (!blank && text.strip().length() > max)) {
            throw new UserFacingException(key, max);
        }
    }

    private Practice visible(long id, Viewer viewer) {
        var practice = practices.findById(id).orElseThrow(NotFoundException::new);
        if (!policy.maySee(viewer, practice)) {
            throw new NotFoundException();
        }
        return practice;
    }

    private Practice editable(long id, Viewer viewer) {
        var practice = visible(id, viewer);
        if (!policy.mayEdit(viewer, practice)) {
            throw new UserFacingException("practice.error.may-not-edit");
        }
        return practice;
    }

    /** @param verb the action, e.g. {@code hide} for {@code practice.hide} */
    private void moderate(long id, String verb, @Nullable String reason, BiConsumer<Practice, Long> change) {
        var viewer = viewer();
        var practice = visible(id, viewer);
        if (!policy.mayModerate(viewer, practice)) {
            if (policy.moderates(viewer, practice)) {
                throw new UserFacingException("practice.error.own-practice");
            }
            throw new AccessDeniedException("Not a moderator of practice " + id);
        }
        change.accept(practice, viewer.user().personId());
        moderated(viewer, practice, verb, reason);
    }

    /**
     * The audit entry names a group for the per-group audit log: for a lead, the (lowest) group of the practice
     * they lead; none for the secretariat, who acts network-wide.
     */
    private void moderated(Viewer viewer, Practice practice, String verb, @Nullable String reason) {
        var id = Objects.requireNonNull(practice.getId());
        var action = "practice." + verb;
        var actor = viewer.user().personId();
        var groupId = viewer.user().isAdmin() ? null : practice.getGroupIds().stream()
                .filter(viewer.ledGroupIds()::contains).min(Long::compare).orElse(null);
        events.publishEvent(new AuditedAction(actor, action, "practice", id, groupId, reason, clock.instant()));
        events.publishEvent(new PracticeModerated(action, id, practice.getAuthorId(), actor, reason));
    }

    private Viewer viewer() {
        var mine = groupAccess.myGroupIds();
        return new Viewer(CurrentUser.require(), mine.readable(), mine.led());
    }

    /** Researchers never see through their organisation: they do not edit. */
    private static long myOrganisation(Viewer viewer) {
        return viewer.user().isResearcher() ? -1 : viewer.user().organisationId();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
