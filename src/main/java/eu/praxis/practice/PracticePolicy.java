package eu.praxis.practice;

import eu.praxis.content.ModerationAction;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may see, write and edit practices. Group-dependent answers come in with the {@link Viewer}
 * (which groups' content the person reads, which groups they lead), so that the rules are plain
 * functions and {@code find} can put the same rule into its query.
 *
 * <p>Moderation: the secretariat moderates every practice, leads the practices shared in a group they lead;
 * nobody moderates their own. A hidden practice is seen by its author, its moderators and admins only, a
 * deleted one by admins only (who alone restore it).
 */
@Component
public class PracticePolicy {

    /**
     * The person asking, with the groups whose content they may read (admins: all; researchers: those
     * opened to researchers; members: those they are an active member of), the groups they lead and those of them
     * whose publications are reviewed (DD031).
     */
    public record Viewer(
            eu.praxis.security.Viewer user,
            Set<Long> readableGroupIds,
            Set<Long> ledGroupIds,
            Set<Long> reviewedGroupIds) {

        public Viewer {
            readableGroupIds = Set.copyOf(readableGroupIds);
            ledGroupIds = Set.copyOf(ledGroupIds);
            reviewedGroupIds = Set.copyOf(reviewedGroupIds);
        }
    }

    /**
     * Published practices for their audience, plus the author's organisation (who may edit anyway);
     * drafts only for those who may edit them: the author and the author's organisation (DD023); a submitted one
     * also for its reviewers (DD031).
     */
    public boolean maySee(Viewer viewer, Practice practice) {
        var moderation = practice.getModeration();
        if (moderation.isDeleted()) {
            return viewer.user().isAdmin();
        }
        if (moderation.isHidden()
                && viewer.user().personId() != practice.getAuthorId()
                && !moderates(viewer, practice)) {
            return false;
        }
        if (mayEdit(viewer, practice) || reviews(viewer, practice)) {
            return true;
        }
        return practice.isPublished()
                && (practice.isWholeNetwork()
                        || !Collections.disjoint(practice.getGroupIds(), viewer.readableGroupIds()));
    }

    /**
     * The author and people of the author's organisation; once published, also active leads of a sharing group
     * and the secretariat, who moderate what the network reads. A draft is its organisation's work in progress,
     * which nobody else reads, not even through its id (DD023).
     */
    public boolean mayEdit(Viewer viewer, Practice practice) {
        var user = viewer.user();
        if (ofAuthorsOrganisation(user, practice)) {
            return true;
        }
        return !user.isResearcher()
                && practice.isPublished()
                && (user.isAdmin() || !Collections.disjoint(practice.getGroupIds(), viewer.ledGroupIds()));
    }

    /**
     * The older texts of the history: those who may edit the practice. Readers learn when it changed and why, never
     * what it said before, so that a passage an editor took out is not one click away.
     */
    public boolean mayReadHistory(Viewer viewer, Practice practice) {
        return mayEdit(viewer, practice);
    }

    /**
     * One older text, for those who may read the history; a text written while the practice was a draft only for the
     * author's organisation, who alone read drafts (DD023): publishing does not open its work in progress to others.
     */
    public boolean mayReadRevision(Viewer viewer, Practice practice, PracticeStatus statusThen) {
        return mayReadHistory(viewer, practice)
                && (statusThen == PracticeStatus.PUBLISHED || ofAuthorsOrganisation(viewer.user(), practice));
    }

    /**
     * Redaction removes a passage, a field or an attachment from the practice and from every stored revision (DD029):
     * it rewrites the record, so it is a moderator's act, by the same people and with the same exception as hiding.
     */
    public boolean mayRedact(Viewer viewer, Practice practice) {
        return mayModerate(viewer, practice);
    }

    /**
     * The reviewers of a submitted practice (DD031): the secretariat, and the active leads of a group it is shared in
     * whose publications are reviewed. They read it while it waits; leads of its other groups do not.
     */
    public boolean reviews(Viewer viewer, Practice practice) {
        var user = viewer.user();
        return practice.isSubmitted()
                && !user.isResearcher()
                && (user.isAdmin() || !Collections.disjoint(practice.getGroupIds(), viewer.reviewedGroupIds()));
    }

    /** Approve, or send back with a comment: its reviewers, never on their own practice (DD031). */
    public boolean mayReview(Viewer viewer, Practice practice) {
        return reviews(viewer, practice)
                && !practice.getModeration().isDeleted()
                && viewer.user().personId() != practice.getAuthorId();
    }

    /**
     * The evidence level is a reviewer's verdict (DD032): the practice's moderators (the secretariat, the leads of a
     * sharing group), never the author's organisation, which does not judge its own work; only once it is published.
     */
    public boolean maySetEvidenceLevel(Viewer viewer, Practice practice) {
        return practice.isPublished() && moderates(viewer, practice) && !ofAuthorsOrganisation(viewer.user(), practice);
    }

    /** The author and the people of the author's organisation (not its researchers, who do not edit). */
    private static boolean ofAuthorsOrganisation(eu.praxis.security.Viewer user, Practice practice) {
        return !user.isResearcher()
                && (user.personId() == practice.getAuthorId()
                        || user.organisationId() == practice.getAuthorOrganisationId());
    }

    /** The secretariat, and the leads of a group the practice is shared in. */
    public boolean moderates(Viewer viewer, Practice practice) {
        var user = viewer.user();
        return user.isAdmin()
                || (!user.isResearcher() && !Collections.disjoint(practice.getGroupIds(), viewer.ledGroupIds()));
    }

    /** Hide, restore and delete: the practice's moderators, never on their own practice. */
    public boolean mayModerate(Viewer viewer, Practice practice) {
        return moderates(viewer, practice) && viewer.user().personId() != practice.getAuthorId();
    }

    /**
     * An edit by someone outside the author's organisation (a lead of a sharing group, the secretariat) is a
     * moderator's: it is audited, with the reason they give.
     */
    public boolean editsAsModerator(Viewer viewer, Practice practice) {
        var user = viewer.user();
        return mayEdit(viewer, practice)
                && user.personId() != practice.getAuthorId()
                && user.organisationId() != practice.getAuthorOrganisationId();
    }

    public boolean mayUndelete(Viewer viewer) {
        return viewer.user().isAdmin();
    }

    /** Members and the secretariat write practices; researchers only read. */
    public boolean mayCreate(eu.praxis.security.Viewer user) {
        return !user.isResearcher();
    }

    /** Sharing in a group: only a group one is an active member of (the secretariat: any group). */
    public boolean mayShareIn(Viewer viewer, long groupId) {
        return mayCreate(viewer.user()) && viewer.readableGroupIds().contains(groupId);
    }

    /**
     * What the viewer may do to the practice in its present state, as the "Moderate" menu offers it: hide or
     * restore, delete while not deleted, and (the secretariat) bring a deleted one back; nothing on their own.
     */
    public Set<ModerationAction> moderationActions(Viewer viewer, Practice practice) {
        if (!mayModerate(viewer, practice)) {
            return Set.of();
        }
        var moderation = practice.getModeration();
        var actions = EnumSet.of(moderation.isHidden() ? ModerationAction.RESTORE : ModerationAction.HIDE);
        if (!moderation.isDeleted()) {
            actions.add(ModerationAction.DELETE);
        } else if (mayUndelete(viewer)) {
            actions.add(ModerationAction.UNDELETE);
        }
        return Set.copyOf(actions);
    }
}
