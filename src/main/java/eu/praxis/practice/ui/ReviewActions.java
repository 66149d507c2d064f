package eu.praxis.practice.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import eu.praxis.base.ui.Actions;
import eu.praxis.content.ui.ReasonDialog;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.PracticePaths;
import eu.praxis.practice.PracticeRedaction;
import eu.praxis.practice.PracticeReview;

/**
 * A reviewer's three answers to a submitted practice (DD031), on its page and in the review queue: approve (it is
 * published), request changes (a comment for the author is required) and redact and approve (the redaction dialog,
 * then the approval). Afterwards the reviewer is taken to the queue: a practice sent back is no longer theirs to see.
 */
final class ReviewActions extends Div {

    ReviewActions(
            PracticeReview review,
            PracticeRedaction redaction,
            PracticeLibrary library,
            long practiceId,
            String title) {
        addClassName("review-actions");
        Runnable toQueue = () -> UI.getCurrent().navigate(PracticePaths.REVIEWS);
        Runnable approve = () ->
                Actions.perform(this, () -> review.approve(practiceId), toQueue, "practice.review.approved", title);
        var approveButton = new Button(
                getTranslation("practice.review.approve"),
                e -> Actions.confirm(
                        this,
                        getTranslation("practice.review.approve.confirm.title", title),
                        getTranslation("practice.review.approve.confirm.text"),
                        getTranslation("practice.review.approve"),
                        approve));
        approveButton.addThemeVariants(ButtonVariant.PRIMARY);
        approveButton.getElement().setAttribute("data-action", "approve");
        var changes = new Button(
                getTranslation("practice.review.request-changes"),
                e -> new ReasonDialog(
                                getTranslation("practice.review.request-changes.title", title),
                                getTranslation("practice.review.comment"),
                                getTranslation("practice.review.request-changes"),
                                true,
                                comment -> review.requestChanges(practiceId, comment),
                                toQueue,
                                "practice.review.changes-requested",
                                title)
                        .open());
        changes.getElement().setAttribute("data-action", "request-changes");
        var redactAndApprove = new Button(
                getTranslation("practice.review.redact-and-approve"),
                e -> Actions.attempt(this, () -> library.get(practiceId))
                        .ifPresent(details -> new RedactDialog(redaction, details, approve).open()));
        redactAndApprove.getElement().setAttribute("data-action", "redact-and-approve");
        add(approveButton, changes, redactAndApprove);
    }
}
