package eu.praxis.practice;

import eu.praxis.base.UserFacingException;
import eu.praxis.content.Moderation;
import eu.praxis.organisation.Countries;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticePolicy.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.InputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing practices: creating drafts, editing, publishing (or submitting for review, DD031) and taking back,
 * attaching files. Who may edit is asked of {@link PracticePolicy#mayEdit}; a practice the caller may not see is "not
 * found". An edit by someone outside the author's organisation (a lead of a sharing group, the secretariat) is a
 * moderator's: audited as {@code practice.edit}, with the reason they give.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class PracticeEditing {

    private final PracticeRepository practices;
    private final ThemeRepository themes;
    private final OrganisationService organisations;
    private final PracticePolicy policy;
    private final PracticeAttachments attachments;
    private final PracticeViewers viewers;
    private final PracticeAccess access;
    private final PracticeModerationLog moderationLog;
    private final PracticeRevisions revisions;
    private final PracticeSubmissions submissions;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    PracticeEditing(
            PracticeRepository practices,
            ThemeRepository themes,
            OrganisationService organisations,
            PracticePolicy policy,
            PracticeAttachments attachments,
            PracticeViewers viewers,
            PracticeAccess access,
            PracticeModerationLog moderationLog,
            PracticeRevisions revisions,
            PracticeSubmissions submissions,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            Clock clock) {
        this.practices = practices;
        this.themes = themes;
        this.organisations = organisations;
        this.policy = policy;
        this.attachments = attachments;
        this.viewers = viewers;
        this.access = access;
        this.moderationLog = moderationLog;
        this.revisions = revisions;
        this.submissions = submissions;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Creates a draft; the author is the caller and the organisation theirs. */
    public long create(PracticeDraft draft) {
        var viewer = viewers.current();
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
    public void update(long id, PracticeDraft draft, @Nullable Integer expectedVersion) {
        update(id, draft, expectedVersion, null);
    }

    /**
     * {@link #update(long, PracticeDraft, Integer)} with the reason for the change, kept in the history
     * (optional: leads of a sharing group co-edit practices as a matter of course; the editor asks a
     * moderator for one). An edit by someone outside the author's organisation is audited as
     * {@code practice.edit}.
     */
    public void update(long id, PracticeDraft draft, @Nullable Integer expectedVersion, @Nullable String reason) {
        var why = Moderation.reason(reason, false);
        var viewer = viewers.current();
        var practice = access.changeable(id, viewer);
        if (expectedVersion != null && expectedVersion != practice.getVersion()) {
            throw new UserFacingException("practice.error.changed-meanwhile");
        }
        if (draft.type() != practice.getType()) {
            throw new UserFacingException("practice.error.type-fixed");
        }
        var country = draft.country() == null || draft.country().isBlank() ? practice.getCountry() : draft.country();
        validate(draft, country, practice, viewer);
        if (practice.isPublished()) {
            checkNoNewReviewedAudience(practice, draft);
        }
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
            revisions.giveReason(why);
        }
        if (policy.editsAsModerator(viewer, practice)) {
            moderationLog.moderated(viewer, practice, "edit", why);
        }
        events.publishEvent(new PracticeUpdated(id, viewer.user().personId(), practice.isPublished()));
    }

    /**
     * Publishes a draft; shared in a group whose publications are reviewed (or with the whole network when the
     * secretariat reviews it), it is submitted for review instead and waits for a reviewer (DD031).
     *
     * @return {@link PracticeStatus#PUBLISHED} or {@link PracticeStatus#SUBMITTED}
     */
    public PracticeStatus publish(long id) {
        var viewer = viewers.current();
        var practice = access.editable(id, viewer);
        return submissions.publishOrSubmit(viewer, practice);
    }

    /** Takes a practice back to draft (also out of review): only its editors see it again. */
    public void unpublish(long id) {
        var viewer = viewers.current();
        var practice = access.editable(id, viewer);
        var withdrawn = practice.isSubmitted();
        practice.unpublish(clock.instant());
        if (withdrawn) {
            submissions.withdrawn(viewer, practice);
        }
        events.publishEvent(new PracticeUpdated(id, viewer.user().personId(), false));
    }

    /**
     * Attaches an uploaded file, for those who may edit the practice, up to {@link Attachment#MAX_PER_PRACTICE}.
     * The content is inspected and stored by {@link eu.praxis.base.files.Uploads}, whose refusals (empty, too
     * large, type not allowed or not matching the name, archive bomb) come as {@link UserFacingException} and
     * leave nothing behind; its text is extracted for search, within the extractor's time and length bounds.
     */
    public AttachmentItem attach(long practiceId, InputStream content, String fileName) {
        var viewer = viewers.current();
        var practice = access.changeable(practiceId, viewer);
        // Two uploads at once must not both pass the limit; the lock also orders them against a removal. Refreshed
        // under the lock rather than locked as loaded: a change committed meanwhile (the practice saved just before the
        // upload) would otherwise fail the lock's version check.
        entityManager.refresh(practice, LockModeType.PESSIMISTIC_WRITE);
        return attachments.attach(practice, viewer.user().personId(), content, fileName);
    }

    /** Removes an attachment, for those who may edit its practice; its content goes when nothing else names it. */
    public void removeAttachment(long attachmentId) {
        var viewer = viewers.current();
        var attachment = attachments.get(attachmentId);
        var practice = access.changeable(attachment.getPracticeId(), viewer);
        // as in attach: changes of one practice's attachments, and so of its list of names, one at a time
        entityManager.refresh(practice, LockModeType.PESSIMISTIC_WRITE);
        attachments.remove(practice, attachment);
    }

    /**
     * A published practice reaches no new reviewed audience by an edit (DD031): a group whose publications are
     * reviewed, or the whole network when the secretariat reviews it, is added through a new submission.
     */
    private void checkNoNewReviewedAudience(Practice practice, PracticeDraft draft) {
        var added = new HashSet<>(draft.groupIds());
        added.removeAll(practice.getGroupIds());
        if (!submissions.reviewingGroups(added).isEmpty()
                || (draft.wholeNetwork() && !practice.isWholeNetwork() && submissions.networkReviewed())) {
            throw new UserFacingException("practice.error.reviewed-audience");
        }
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
        for (var criterion : EvidenceCriterion.values()) {
            checkText(
                    d.evidence().text(criterion),
                    false,
                    Practice.TEXT_MAX,
                    "practice.error.evidence." + criterion.key());
        }
        // Themes and groups already on the practice stay allowed: a theme may have been deactivated, or an
        // editor (a lead, a colleague) may not be a member of every group it is shared in.
        var newThemes = new HashSet<>(d.themeIds());
        newThemes.removeAll(practice.getThemeIds());
        if (!newThemes.isEmpty()) {
            var active = themes.findItems(newThemes).stream()
                    .filter(ThemeItem::active)
                    .count();
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
}
