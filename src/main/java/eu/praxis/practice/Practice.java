package eu.praxis.practice;

import eu.praxis.base.Slugs;
import eu.praxis.base.UserFacingException;
import eu.praxis.content.Moderation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.AuditJoinTable;
import org.hibernate.envers.AuditTable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.jspecify.annotations.Nullable;

/**
 * A practice sheet or a case study: one table, one aggregate, because both share almost everything
 * (sharing, themes, period, permissions, history); the type decides which text fields apply. Every
 * change is recorded by Envers with the changed properties ({@code withModifiedFlag}), except moderation
 * (hidden, deleted), which the audit log records instead (DD014). Indexed for search by
 * {@link PracticeIndexBinder}.
 */
@Entity
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = PracticeIndexBinder.class))
@Table(name = "practice")
@Audited(withModifiedFlag = true)
@AuditTable("practice_aud")
public class Practice {

    public static final int TITLE_MAX = 200;
    public static final int SLUG_MAX = 80;
    public static final int SUMMARY_MAX = 2000;
    public static final int CITY_MAX = 100;
    public static final int CONTACT_MAX = 1000;
    /** Objectives, actions, partners, results, evaluation and a case study's body. */
    public static final int TEXT_MAX = 20000;

    public static final int EXTERNAL_ID_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private PracticeType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PracticeStatus status;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "slug", nullable = false)
    private String slug;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "city")
    private @Nullable String city;

    @Column(name = "country", nullable = false)
    private String country;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end")
    private @Nullable LocalDate periodEnd;

    @Column(name = "whole_network", nullable = false)
    private boolean wholeNetwork;

    @Column(name = "objectives")
    private @Nullable String objectives;

    @Column(name = "actions")
    private @Nullable String actions;

    @Column(name = "partners")
    private @Nullable String partners;

    @Column(name = "results")
    private @Nullable String results;

    @Column(name = "evaluation")
    private @Nullable String evaluation;

    @Column(name = "contact")
    private @Nullable String contact;

    @Column(name = "body")
    private @Nullable String body;

    @Column(name = "evidence_problem")
    private @Nullable String evidenceProblem;

    @Column(name = "evidence_logic")
    private @Nullable String evidenceLogic;

    @Column(name = "evidence_design")
    private @Nullable String evidenceDesign;

    @Column(name = "evidence_outcomes")
    private @Nullable String evidenceOutcomes;

    @Column(name = "evidence_transferability")
    private @Nullable String evidenceTransferability;

    /**
     * Set by a reviewer, never by the author's edit (DD032); part of the history, so a citation names the version
     * that carried it. Outside the optimistic lock: a reviewer's verdict must not turn the author's open editor into a
     * conflict.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_level")
    @OptimisticLock(excluded = true)
    private @Nullable EvidenceLevel evidenceLevel;

    @Column(name = "external_id")
    private @Nullable String externalId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_organisation_id", nullable = false)
    private long authorOrganisationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When it was first published; it keeps its place in the library when unpublished and published again. */
    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    /**
     * The attachments' file names, one a line, oldest first; null when there are none. A copy, so that attaching
     * and removing files are revisions of the history that say so; the attachments themselves are not audited.
     * Outside the optimistic lock: an upload while the editor is open must not make its save a conflict.
     */
    @Column(name = "attachment_names")
    @OptimisticLock(excluded = true)
    private @Nullable String attachmentNames;

    @ElementCollection
    @CollectionTable(name = "practice_theme", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "theme_id", nullable = false)
    @AuditJoinTable(name = "practice_theme_aud")
    private Set<Long> themeIds = new HashSet<>();

    /** The working groups it is shared in, by id (another feature's aggregate). */
    @ElementCollection
    @CollectionTable(name = "practice_group", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "group_id", nullable = false)
    @AuditJoinTable(name = "practice_group_aud")
    private Set<Long> groupIds = new HashSet<>();

    /** For the search index only ({@link AttachmentText}); batch-fetched, read-only, not part of the history. */
    @OneToMany(fetch = FetchType.LAZY)
    @JoinColumn(name = "practice_id", insertable = false, updatable = false)
    @OrderBy("id")
    @Immutable
    @NotAudited
    private List<AttachmentText> attachmentTexts = new ArrayList<>();

    /** When it was submitted for review (DD031), while it waits; the review queue's order. Not part of the history. */
    @Column(name = "submitted_at")
    @NotAudited
    private @Nullable Instant submittedAt;

    /**
     * The changes a reviewer asked for (DD031), shown to its author until it is submitted again; not part of the
     * history (the audit log keeps it).
     */
    @Column(name = "review_comment")
    @NotAudited
    private @Nullable String reviewComment;

    /** Not part of the history: hiding is no change of the content, and restoring should not show in it. */
    @Embedded
    @NotAudited
    private Moderation moderation = new Moderation();

    protected Practice() {
        this(PracticeType.SHEET, 0, 0, Instant.EPOCH);
    }

    Practice(PracticeType type, long authorId, long authorOrganisationId, Instant now) {
        this.type = type;
        this.status = PracticeStatus.DRAFT;
        this.title = "";
        this.slug = "";
        this.summary = "";
        this.country = "";
        this.language = "";
        this.periodStart = LocalDate.EPOCH;
        this.authorId = authorId;
        this.authorOrganisationId = authorOrganisationId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes over a validated draft; fields that do not belong to this type are cleared. */
    void apply(PracticeDraft draft, String country, Instant now) {
        title = draft.title().strip();
        slug = slugOf(title);
        summary = draft.summary().strip();
        city = blankToNull(draft.city());
        this.country = country;
        language = draft.language();
        periodStart = draft.periodStart();
        periodEnd = draft.periodEnd();
        wholeNetwork = draft.wholeNetwork();
        var sheet = type == PracticeType.SHEET;
        objectives = sheet ? blankToNull(draft.objectives()) : null;
        actions = sheet ? blankToNull(draft.actions()) : null;
        partners = sheet ? blankToNull(draft.partners()) : null;
        results = sheet ? blankToNull(draft.results()) : null;
        evaluation = sheet ? blankToNull(draft.evaluation()) : null;
        contact = sheet ? blankToNull(draft.contact()) : null;
        body = sheet ? null : blankToNull(draft.body());
        var evidence = draft.evidence();
        evidenceProblem = blankToNull(evidence.problemAnalysis());
        evidenceLogic = blankToNull(evidence.objectivesAndLogic());
        evidenceDesign = blankToNull(evidence.evaluationDesign());
        evidenceOutcomes = blankToNull(evidence.measuredOutcomes());
        evidenceTransferability = blankToNull(evidence.transferabilityAndCosts());
        // Replace contents rather than the collections, so that Envers records only what changed.
        themeIds.retainAll(draft.themeIds());
        themeIds.addAll(draft.themeIds());
        groupIds.retainAll(draft.groupIds());
        groupIds.addAll(draft.groupIds());
        updatedAt = now;
    }

    /**
     * For the bulk import only: the practice carries the id it had in the source library, and its author
     * is the person named in the file (not the admin who imports it).
     */
    void imported(String externalId, long authorId, long authorOrganisationId) {
        this.externalId = externalId;
        this.authorId = authorId;
        this.authorOrganisationId = authorOrganisationId;
    }

    /** Publishes a draft, or a submitted practice its reviewer approved (DD031). */
    void publish(Instant now) {
        if (status == PracticeStatus.PUBLISHED) {
            throw new UserFacingException("practice.error.already-published");
        }
        checkPublishable();
        status = PracticeStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
        submittedAt = null;
        reviewComment = null;
        updatedAt = now;
    }

    /** Submits a draft for review (DD031): what publication needs, it needs already. */
    void submit(Instant now) {
        if (status != PracticeStatus.DRAFT) {
            throw new UserFacingException(
                    status == PracticeStatus.SUBMITTED
                            ? "practice.error.already-submitted"
                            : "practice.error.already-published");
        }
        checkPublishable();
        status = PracticeStatus.SUBMITTED;
        submittedAt = now;
        reviewComment = null;
        updatedAt = now;
    }

    /** A reviewer sends a submitted practice back to its author with what to change (DD031). */
    void requestChanges(String comment, Instant now) {
        if (status != PracticeStatus.SUBMITTED) {
            throw new UserFacingException("practice.error.not-submitted");
        }
        status = PracticeStatus.DRAFT;
        submittedAt = null;
        reviewComment = comment;
        updatedAt = now;
    }

    private void checkPublishable() {
        var missing = missingForPublication();
        if (!missing.isEmpty()) {
            throw new UserFacingException(missing.getFirst());
        }
        if (!wholeNetwork && groupIds.isEmpty()) {
            throw new UserFacingException("practice.error.no-audience");
        }
    }

    /** The current text of a field, for a redaction. */
    @Nullable
    String text(RedactableField field) {
        return switch (field) {
            case SUMMARY -> summary;
            case OBJECTIVES -> objectives;
            case ACTIONS -> actions;
            case PARTNERS -> partners;
            case RESULTS -> results;
            case EVALUATION -> evaluation;
            case CONTACT -> contact;
            case BODY -> body;
            case EVIDENCE_PROBLEM -> evidenceProblem;
            case EVIDENCE_LOGIC -> evidenceLogic;
            case EVIDENCE_DESIGN -> evidenceDesign;
            case EVIDENCE_OUTCOMES -> evidenceOutcomes;
            case EVIDENCE_TRANSFERABILITY -> evidenceTransferability;
        };
    }

    /** A moderator redacted the field (DD029): it reads {@code text} from now on. */
    void redact(RedactableField field, String text, Instant now) {
        switch (field) {
            case SUMMARY -> summary = text;
            case OBJECTIVES -> objectives = text;
            case ACTIONS -> actions = text;
            case PARTNERS -> partners = text;
            case RESULTS -> results = text;
            case EVALUATION -> evaluation = text;
            case CONTACT -> contact = text;
            case BODY -> body = text;
            case EVIDENCE_PROBLEM -> evidenceProblem = text;
            case EVIDENCE_LOGIC -> evidenceLogic = text;
            case EVIDENCE_DESIGN -> evidenceDesign = text;
            case EVIDENCE_OUTCOMES -> evidenceOutcomes = text;
            case EVIDENCE_TRANSFERABILITY -> evidenceTransferability = text;
        }
        updatedAt = now;
    }

    /** A reviewer's verdict (DD032); {@code null} takes it back. */
    void evidenceLevel(@Nullable EvidenceLevel level, Instant now) {
        evidenceLevel = level;
        updatedAt = now;
    }

    /** The practice's attachments changed; these are their names now. */
    void attachmentsChanged(List<String> fileNames) {
        attachmentNames = fileNames.isEmpty() ? null : String.join("\n", fileNames);
    }

    void unpublish(Instant now) {
        if (status == PracticeStatus.DRAFT) {
            throw new UserFacingException("practice.error.not-published");
        }
        status = PracticeStatus.DRAFT;
        submittedAt = null;
        updatedAt = now;
    }

    /** Message keys naming the fields still empty that publication needs; empty if none. */
    List<String> missingForPublication() {
        var missing = new ArrayList<String>();
        if (type == PracticeType.SHEET) {
            addIfBlank(missing, "practice.error.publish.objectives", objectives);
            addIfBlank(missing, "practice.error.publish.actions", actions);
            addIfBlank(missing, "practice.error.publish.results", results);
        } else {
            addIfBlank(missing, "practice.error.publish.body", body);
        }
        return missing;
    }

    private static void addIfBlank(List<String> missing, String key, @Nullable String value) {
        if (value == null || value.isBlank()) {
            missing.add(key);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** "Nuits sûres à Liège!" → "nuits-sures-a-liege"; never empty, for permalinks. */
    static String slugOf(String title) {
        var slug = Slugs.of(title, SLUG_MAX);
        // "edit" would make the permalink /practices/{id}/edit, the editor's address.
        return slug.isEmpty() || slug.equals("edit") ? "practice" : slug;
    }

    public Moderation getModeration() {
        return moderation;
    }

    public @Nullable Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public PracticeType getType() {
        return type;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == PracticeStatus.PUBLISHED;
    }

    public boolean isSubmitted() {
        return status == PracticeStatus.SUBMITTED;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable String getReviewComment() {
        return reviewComment;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getSummary() {
        return summary;
    }

    public @Nullable String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    public String getLanguage() {
        return language;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public @Nullable LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public boolean isWholeNetwork() {
        return wholeNetwork;
    }

    public @Nullable String getObjectives() {
        return objectives;
    }

    public @Nullable String getActions() {
        return actions;
    }

    public @Nullable String getPartners() {
        return partners;
    }

    public @Nullable String getResults() {
        return results;
    }

    public @Nullable String getEvaluation() {
        return evaluation;
    }

    public @Nullable String getContact() {
        return contact;
    }

    public @Nullable String getBody() {
        return body;
    }

    public EvidenceCriteria getEvidence() {
        return new EvidenceCriteria(
                evidenceProblem, evidenceLogic, evidenceDesign, evidenceOutcomes, evidenceTransferability);
    }

    public @Nullable EvidenceLevel getEvidenceLevel() {
        return evidenceLevel;
    }

    public @Nullable String getExternalId() {
        return externalId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public long getAuthorOrganisationId() {
        return authorOrganisationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public Set<Long> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    /** The extracted texts of its attachments, oldest first, as last loaded (the index reads them). */
    List<String> getAttachmentTexts() {
        return attachmentTexts.stream().map(AttachmentText::text).toList();
    }

    public Set<Long> getGroupIds() {
        return Set.copyOf(groupIds);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Practice other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Practice.class.hashCode();
    }
}
