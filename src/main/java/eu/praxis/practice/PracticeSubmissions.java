package eu.praxis.practice;

import eu.praxis.base.AuditedAction;
import eu.praxis.group.GroupAudience;
import eu.praxis.practice.PracticePolicy.Viewer;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review before publication (DD031): whether a practice's audience needs a reviewer (a sharing group whose
 * publications are reviewed; the whole network when {@link PracticeProperties#networkReview}), and the audited steps
 * of its review: {@code practice.submit}, {@code practice.approve}, {@code practice.request-changes},
 * {@code practice.withdraw}.
 */
@Component
class PracticeSubmissions {

    private final GroupAudience groups;
    private final PracticeProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PracticeSubmissions(
            GroupAudience groups, PracticeProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.groups = groups;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The groups among these whose leads review publications. */
    @Transactional(propagation = Propagation.MANDATORY)
    Set<Long> reviewingGroups(Set<Long> groupIds) {
        return groups.reviewingPublications(groupIds);
    }

    /** Whether sharing with the whole network waits for the secretariat's review. */
    boolean networkReviewed() {
        return properties.networkReview();
    }

    /**
     * Publishes the practice, or submits it when its audience needs a review. A submitted practice published again
     * by its editors stays in review, unless no review is needed any more (the group switched it off meanwhile).
     *
     * @return the status it has now
     */
    @Transactional(propagation = Propagation.MANDATORY)
    PracticeStatus publishOrSubmit(Viewer viewer, Practice practice) {
        var id = Objects.requireNonNull(practice.getId());
        var reviewing = reviewingGroups(practice.getGroupIds());
        var bySecretariat = practice.isWholeNetwork() && networkReviewed();
        var now = clock.instant();
        if (reviewing.isEmpty() && !bySecretariat) {
            practice.publish(now);
            published(practice);
            return PracticeStatus.PUBLISHED;
        }
        practice.submit(now);
        audit(viewer, practice, "submit", null, lowest(reviewing));
        events.publishEvent(new PracticeSubmitted(id, reviewing, bySecretariat, practice.getAuthorId()));
        return PracticeStatus.SUBMITTED;
    }

    /** A reviewer approves: the practice is published. */
    @Transactional(propagation = Propagation.MANDATORY)
    void approve(Viewer viewer, Practice practice) {
        practice.publish(clock.instant());
        audit(viewer, practice, "approve", null, reviewersGroup(viewer, practice));
        events.publishEvent(new PracticeReviewed(
                Objects.requireNonNull(practice.getId()), viewer.user().personId(), practice.getAuthorId(), true));
        published(practice);
    }

    /** A reviewer sends it back to its author with what to change. */
    @Transactional(propagation = Propagation.MANDATORY)
    void requestChanges(Viewer viewer, Practice practice, String comment) {
        practice.requestChanges(comment, clock.instant());
        audit(viewer, practice, "request-changes", comment, reviewersGroup(viewer, practice));
        events.publishEvent(new PracticeReviewed(
                Objects.requireNonNull(practice.getId()), viewer.user().personId(), practice.getAuthorId(), false));
    }

    /** Its editors took it back to draft before a reviewer decided. */
    @Transactional(propagation = Propagation.MANDATORY)
    void withdrawn(Viewer viewer, Practice practice) {
        audit(viewer, practice, "withdraw", null, null);
    }

    private void published(Practice practice) {
        events.publishEvent(new PracticePublished(
                Objects.requireNonNull(practice.getId()),
                practice.getGroupIds(),
                practice.isWholeNetwork(),
                practice.getAuthorId()));
    }

    /** For the per-group audit log: the (lowest) group of the practice the reviewer reviews for; none for the secretariat. */
    private static @Nullable Long reviewersGroup(Viewer viewer, Practice practice) {
        if (viewer.user().isAdmin()) {
            return null;
        }
        return lowest(practice.getGroupIds().stream()
                .filter(viewer.reviewedGroupIds()::contains)
                .collect(java.util.stream.Collectors.toSet()));
    }

    private static @Nullable Long lowest(Set<Long> groupIds) {
        return groupIds.stream().min(Long::compare).orElse(null);
    }

    private void audit(Viewer viewer, Practice practice, String verb, @Nullable String reason, @Nullable Long groupId) {
        events.publishEvent(new AuditedAction(
                viewer.user().personId(),
                PracticeModeration.TYPE + "." + verb,
                PracticeModeration.TYPE,
                Objects.requireNonNull(practice.getId()),
                groupId,
                reason,
                clock.instant()));
    }
}
