package eu.praxis.practice;

import eu.praxis.content.ModerationAction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A practice's page, or an older revision of it. {@code version} is the optimistic lock's counter, which the editor
 * sends back; {@code versionNumber} the number readers see: the revisions of its history up to this one (1 when
 * created). {@code groups} holds the names of the sharing groups the viewer may see, by id; {@code mayEdit} is false
 * for older revisions. {@code mayReadHistory}: the viewer may open the older texts, not only the reasons of the
 * changes; {@code mayRedact}: the viewer may redact it (both false for older revisions). {@code attachments} are
 * in upload order; older revisions have none (attachments are not part of the history).
 * {@code hiddenReason} is set when moderators hid it (then only its author, the leads of its groups and admins
 * see it), {@code deleted} when it was deleted (then only admins see it). {@code mayModerate}: the viewer
 * moderates it (and is asked for a reason when they edit it); {@code moderation}: what they may do to it now
 * ({@link PracticePolicy#moderationActions}), for the "Moderate" menu. {@code evidence}: what the author wrote along
 * the quality criteria; {@code evidenceLevel}: a reviewer's verdict, none until given; {@code maySetEvidenceLevel}: the
 * viewer is such a reviewer (false for older revisions). {@code citation} names this version (DD032). The services
 * check again.
 */
public record PracticeDetails(
        long id,
        int version,
        int versionNumber,
        PracticeType type,
        PracticeStatus status,
        String title,
        String slug,
        String summary,
        @Nullable String city,
        String country,
        String language,
        LocalDate periodStart,
        @Nullable LocalDate periodEnd,
        List<ThemeItem> themes,
        Map<Long, String> groups,
        boolean wholeNetwork,
        @Nullable String objectives,
        @Nullable String actions,
        @Nullable String partners,
        @Nullable String results,
        @Nullable String evaluation,
        @Nullable String contact,
        @Nullable String body,
        long authorId,
        String authorName,
        long authorOrganisationId,
        String organisationName,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        boolean mayEdit,
        List<AttachmentItem> attachments,
        boolean hidden,
        @Nullable String hiddenReason,
        boolean deleted,
        boolean mayModerate,
        Set<ModerationAction> moderation,
        boolean mayReadHistory,
        boolean mayRedact,
        EvidenceCriteria evidence,
        @Nullable EvidenceLevel evidenceLevel,
        boolean maySetEvidenceLevel,
        PracticeCitation citation) {

    /** The path of its permalink. */
    public String permalink() {
        return PracticePaths.practice(id, slug);
    }

    /** The path of this version's stable address. */
    public String versionPath() {
        return PracticePaths.version(id, versionNumber);
    }
}
