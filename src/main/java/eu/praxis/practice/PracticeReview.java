package eu.praxis.practice;

import eu.praxis.base.UserFacingException;
import eu.praxis.content.Moderation;
import eu.praxis.group.GroupDirectory;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticePolicy.Viewer;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review before publication (DD031). A practice published to a group whose publications are reviewed (or, when
 * {@link PracticeProperties#networkReview}, to the whole network) is submitted instead ({@link PracticeEditing#publish})
 * and waits here for its reviewers ({@link PracticePolicy#mayReview}): the leads of such a group and the secretariat.
 * They approve it (it is published) or send it back to its author with a comment; to redact and approve, they redact
 * first ({@link PracticeRedaction}, which rewrites every stored revision). Its author follows it in
 * {@link #mySubmissions} and on its page ({@link #state}). Every step is audited. A practice the caller may not see is
 * "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class PracticeReview {

    private final PracticeRepository practices;
    private final PracticeViewers viewers;
    private final PracticeAccess access;
    private final PracticePolicy policy;
    private final PracticeSubmissions submissions;
    private final GroupDirectory groups;
    private final OrganisationService organisations;

    PracticeReview(
            PracticeRepository practices,
            PracticeViewers viewers,
            PracticeAccess access,
            PracticePolicy policy,
            PracticeSubmissions submissions,
            GroupDirectory groups,
            OrganisationService organisations) {
        this.practices = practices;
        this.viewers = viewers;
        this.access = access;
        this.policy = policy;
        this.submissions = submissions;
        this.groups = groups;
        this.organisations = organisations;
    }

    /** The practices waiting for the caller's review, oldest first; empty for everyone who reviews nothing. */
    @Transactional(readOnly = true)
    public List<PracticeSubmission> queue() {
        var viewer = viewers.current();
        var all = viewer.user().isAdmin();
        if (!all && viewer.reviewedGroupIds().isEmpty()) {
            return List.of();
        }
        return submissions(practices.findSubmitted(all, viewer.reviewedGroupIds()).stream()
                .filter(p -> policy.mayReview(viewer, p))
                .toList());
    }

    /** The caller's practices in review or sent back to them with a reviewer's comment, latest first. */
    @Transactional(readOnly = true)
    public List<PracticeSubmission> mySubmissions() {
        var viewer = viewers.current();
        return submissions(practices.findInReviewByAuthor(viewer.user().personId()));
    }

    /** Where the practice stands in review, for its page; the reviewer's comment only for those who may edit it. */
    @Transactional(readOnly = true)
    public ReviewState state(long practiceId) {
        var viewer = viewers.current();
        var practice = access.visible(practiceId, viewer);
        var comment = policy.mayEdit(viewer, practice) ? practice.getReviewComment() : null;
        if (!practice.isSubmitted() && comment == null) {
            return ReviewState.NONE;
        }
        return new ReviewState(practice.isSubmitted(), comment, policy.mayReview(viewer, practice));
    }

    /** Approves a submitted practice: it is published to its groups (and the network), who are told as usual. */
    public void approve(long practiceId) {
        var viewer = viewers.current();
        submissions.approve(viewer, reviewable(practiceId, viewer));
    }

    /** Sends a submitted practice back to its author as a draft, with what to change (required). */
    public void requestChanges(long practiceId, String comment) {
        var viewer = viewers.current();
        var practice = reviewable(practiceId, viewer);
        var why = Moderation.reason(comment, true);
        submissions.requestChanges(viewer, practice, Objects.requireNonNull(why));
    }

    /**
     * The practice for a reviewer's decision: one that is no longer submitted is "no longer in review", a reviewer's
     * own one is refused with a message; everyone else who sees it (its author's organisation) is denied.
     */
    private Practice reviewable(long practiceId, Viewer viewer) {
        var practice = access.visible(practiceId, viewer);
        if (!practice.isSubmitted()) {
            throw new UserFacingException("practice.error.not-submitted");
        }
        if (!policy.mayReview(viewer, practice)) {
            if (policy.reviews(viewer, practice)) {
                throw new UserFacingException("practice.error.own-practice");
            }
            throw new AccessDeniedException("Not a reviewer of practice " + practiceId);
        }
        return practice;
    }

    private List<PracticeSubmission> submissions(List<Practice> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        var organisationNames = organisations.summaries(
                found.stream().map(Practice::getAuthorOrganisationId).collect(Collectors.toSet()));
        var groupNames = groups.groupNames(
                found.stream().flatMap(p -> p.getGroupIds().stream()).collect(Collectors.toSet()));
        return found.stream()
                .map(p -> {
                    var organisation = organisationNames.get(p.getAuthorOrganisationId());
                    var id = Objects.requireNonNull(p.getId());
                    return new PracticeSubmission(
                            id,
                            p.getType(),
                            p.getStatus(),
                            p.getTitle(),
                            p.getSlug(),
                            organisation == null ? "" : organisation.name(),
                            p.getGroupIds().stream()
                                    .map(groupNames::get)
                                    .filter(Objects::nonNull)
                                    .sorted()
                                    .toList(),
                            p.isWholeNetwork(),
                            p.getSubmittedAt(),
                            p.getReviewComment());
                })
                .toList();
    }
}
