package eu.praxis.practice;

import eu.praxis.base.AuditedAction;
import eu.praxis.content.ContentModerated;
import eu.praxis.practice.PracticePolicy.Viewer;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes what a moderator did to a practice: hide, restore, delete, undelete ({@link PracticeModeration}), an
 * edit by someone outside the author's organisation ({@link PracticeEditing}) and a redaction ({@link
 * PracticeRedaction}), as an {@link AuditedAction} and a {@link ContentModerated} of the same action.
 */
@Component
class PracticeModerationLog {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    PracticeModerationLog(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * The audit entry names a group for the per-group audit log: for a lead, the (lowest) group of the practice
     * they lead; none for the secretariat, who acts network-wide.
     *
     * @param verb the action, e.g. {@code hide} for {@code practice.hide}
     */
    void moderated(Viewer viewer, Practice practice, String verb, @Nullable String reason) {
        moderated(viewer, practice, verb, reason, null);
    }

    /** @param detail what exactly the action touched, for the audit log ({@link AuditedAction#detail}) */
    void moderated(Viewer viewer, Practice practice, String verb, @Nullable String reason, @Nullable String detail) {
        var id = Objects.requireNonNull(practice.getId());
        var action = audit(viewer, practice, verb, reason, detail);
        events.publishEvent(new ContentModerated(
                action,
                PracticeModeration.TYPE,
                id,
                null,
                null,
                id,
                practice.getAuthorId(),
                viewer.user().personId(),
                reason));
    }

    /**
     * An act on the practice that the audit log records but that moderates nothing (a reviewer's evidence level,
     * DD032): no {@link ContentModerated}, so no report is closed and nobody is told of a moderation.
     */
    void audited(Viewer viewer, Practice practice, String verb, String detail) {
        audit(viewer, practice, verb, null, detail);
    }

    /** Publishes the {@link AuditedAction}; returns its action, e.g. {@code practice.hide}. */
    private String audit(
            Viewer viewer, Practice practice, String verb, @Nullable String reason, @Nullable String detail) {
        var id = Objects.requireNonNull(practice.getId());
        var type = PracticeModeration.TYPE;
        var action = type + "." + verb;
        var actor = viewer.user().personId();
        var groupId = viewer.user().isAdmin()
                ? null
                : practice.getGroupIds().stream()
                        .filter(viewer.ledGroupIds()::contains)
                        .min(Long::compare)
                        .orElse(null);
        events.publishEvent(new AuditedAction(actor, action, type, id, groupId, reason, clock.instant(), detail));
        return action;
    }
}
