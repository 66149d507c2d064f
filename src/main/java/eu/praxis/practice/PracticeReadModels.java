package eu.praxis.practice;

import eu.praxis.base.web.Permalinks;
import eu.praxis.content.ModerationAction;
import eu.praxis.group.GroupDirectory;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.organisation.OrganisationSummary;
import eu.praxis.practice.PracticePolicy.Viewer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Builds the records the practice services return from entities and query rows, names and themes included. */
@Component
class PracticeReadModels {

    private final PracticeRepository practices;
    private final ThemeRepository themes;
    private final GroupDirectory groups;
    private final MemberService members;
    private final OrganisationService organisations;
    private final PracticePolicy policy;
    private final PracticeAttachments attachments;
    private final PracticeRevisions revisions;
    private final Permalinks permalinks;

    PracticeReadModels(
            PracticeRepository practices,
            ThemeRepository themes,
            GroupDirectory groups,
            MemberService members,
            OrganisationService organisations,
            PracticePolicy policy,
            PracticeAttachments attachments,
            PracticeRevisions revisions,
            Permalinks permalinks) {
        this.practices = practices;
        this.themes = themes;
        this.groups = groups;
        this.members = members;
        this.organisations = organisations;
        this.policy = policy;
        this.attachments = attachments;
        this.revisions = revisions;
        this.permalinks = permalinks;
    }

    /** The current version, with the viewer's rights and its attachments. */
    @Transactional(propagation = Propagation.MANDATORY)
    PracticeDetails current(Practice practice, Viewer viewer) {
        var id = Objects.requireNonNull(practice.getId());
        return details(
                practice,
                revisions.currentVersion(id),
                policy.mayEdit(viewer, practice),
                attachments.list(id),
                policy.mayModerate(viewer, practice),
                policy.moderationActions(viewer, practice),
                policy.mayReadHistory(viewer, practice),
                policy.mayRedact(viewer, practice),
                policy.maySetEvidenceLevel(viewer, practice));
    }

    /** An older revision: read-only, without attachments (they are not part of the history). */
    @Transactional(propagation = Propagation.MANDATORY)
    PracticeDetails revision(Practice old, int versionNumber) {
        return details(old, versionNumber, false, List.of(), false, Set.of(), false, false, false);
    }

    /** The citations of the current versions of practices the caller has already checked, by id (a search export). */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Long, PracticeCitation> citations(List<Practice> visible) {
        var versions = revisions.currentVersions(
                visible.stream().map(p -> Objects.requireNonNull(p.getId())).toList());
        var authors =
                members.summaries(visible.stream().map(Practice::getAuthorId).collect(Collectors.toSet()));
        var organisationsById = organisations.summaries(
                visible.stream().map(Practice::getAuthorOrganisationId).collect(Collectors.toSet()));
        var result = new HashMap<Long, PracticeCitation>();
        for (var p : visible) {
            var id = Objects.requireNonNull(p.getId());
            var author = authors.get(p.getAuthorId());
            var organisation = organisationsById.get(p.getAuthorOrganisationId());
            result.put(
                    id,
                    citation(
                            p,
                            versions.getOrDefault(id, 1),
                            author == null ? "" : author.name(),
                            organisation == null ? "" : organisation.name()));
        }
        return result;
    }

    private PracticeCitation citation(Practice p, int versionNumber, String authorName, String organisationName) {
        var id = Objects.requireNonNull(p.getId());
        return new PracticeCitation(
                id,
                versionNumber,
                p.getTitle(),
                authorName,
                organisationName,
                p.getUpdatedAt(),
                permalinks.of(PracticePaths.version(id, versionNumber)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Slice<PracticeListItem> listItems(Slice<PracticeRepository.Row> rows) {
        if (!rows.hasContent()) {
            return rows.map(r -> toListItem(r, Map.of(), Map.of()));
        }
        Map<Long, List<ThemeItem>> themesByPractice = new HashMap<>();
        for (var t : practices.findThemes(rows.map(PracticeRepository.Row::id).toList())) {
            themesByPractice
                    .computeIfAbsent(t.practiceId(), k -> new ArrayList<>())
                    .add(t.theme());
        }
        var organisationsById = organisations.summaries(
                rows.map(PracticeRepository.Row::authorOrganisationId).toSet());
        return rows.map(r -> toListItem(r, themesByPractice, organisationsById));
    }

    private static PracticeListItem toListItem(
            PracticeRepository.Row r,
            Map<Long, List<ThemeItem>> themesByPractice,
            Map<Long, OrganisationSummary> organisationsById) {
        var organisation = organisationsById.get(r.authorOrganisationId());
        return new PracticeListItem(
                r.id(),
                r.type(),
                r.status(),
                r.title(),
                r.slug(),
                r.summary(),
                r.city(),
                r.country(),
                r.language(),
                r.periodStart(),
                r.publishedAt(),
                r.authorOrganisationId(),
                organisation == null ? "" : organisation.name(),
                themesByPractice.getOrDefault(r.id(), List.of()),
                r.hidden(),
                r.deletedAt() != null);
    }

    private PracticeDetails details(
            Practice p,
            int versionNumber,
            boolean mayEdit,
            List<AttachmentItem> attachmentItems,
            boolean mayModerate,
            Set<ModerationAction> moderationActions,
            boolean mayReadHistory,
            boolean mayRedact,
            boolean maySetEvidenceLevel) {
        var moderation = p.getModeration();
        var id = Objects.requireNonNull(p.getId());
        var author = members.summaries(List.of(p.getAuthorId())).get(p.getAuthorId());
        var organisation =
                organisations.summaries(List.of(p.getAuthorOrganisationId())).get(p.getAuthorOrganisationId());
        var authorName = author == null ? "" : author.name();
        var organisationName = organisation == null ? "" : organisation.name();
        var themeItems = p.getThemeIds().isEmpty() ? List.<ThemeItem>of() : themes.findItems(p.getThemeIds());
        return new PracticeDetails(
                id,
                p.getVersion(),
                versionNumber,
                p.getType(),
                p.getStatus(),
                p.getTitle(),
                p.getSlug(),
                p.getSummary(),
                p.getCity(),
                p.getCountry(),
                p.getLanguage(),
                p.getPeriodStart(),
                p.getPeriodEnd(),
                themeItems,
                groups.groupNames(p.getGroupIds()),
                p.isWholeNetwork(),
                p.getObjectives(),
                p.getActions(),
                p.getPartners(),
                p.getResults(),
                p.getEvaluation(),
                p.getContact(),
                p.getBody(),
                p.getAuthorId(),
                authorName,
                p.getAuthorOrganisationId(),
                organisationName,
                p.getCreatedAt(),
                p.getUpdatedAt(),
                p.getPublishedAt(),
                mayEdit,
                attachmentItems,
                moderation.isHidden(),
                moderation.getHiddenReason(),
                moderation.isDeleted(),
                mayModerate,
                moderationActions,
                mayReadHistory,
                mayRedact,
                p.getEvidence(),
                p.getEvidenceLevel(),
                maySetEvidenceLevel,
                citation(p, versionNumber, authorName, organisationName));
    }
}
