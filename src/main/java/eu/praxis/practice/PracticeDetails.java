package eu.praxis.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A practice's page, or an older revision of it. {@code groups} holds the names of the sharing
 * groups the viewer may see, by id; {@code mayEdit} is false for older revisions. {@code attachments} are
 * in upload order; older revisions have none (attachments are not part of the history).
 */
public record PracticeDetails(long id, int version, PracticeType type, PracticeStatus status, String title,
        String slug, String summary, @Nullable String city, String country, String language, LocalDate periodStart,
        @Nullable LocalDate periodEnd, List<ThemeItem> themes, Map<Long, String> groups, boolean wholeNetwork,
        @Nullable String objectives, @Nullable String actions, @Nullable String partners, @Nullable String results,
        @Nullable String evaluation, @Nullable String contact, @Nullable String body, long authorId,
        String authorName, long authorOrganisationId, String organisationName, Instant createdAt, Instant updatedAt,
        @Nullable Instant publishedAt, boolean mayEdit, List<AttachmentItem> attachments) {

    /** The path of its permalink. */
    public String permalink() {
        return "practices/" + id + "/" + slug;
    }
}
