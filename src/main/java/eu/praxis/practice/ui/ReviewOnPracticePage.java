package eu.praxis.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.PracticeRedaction;
import eu.praxis.practice.PracticeReview;
import eu.praxis.practice.PracticeStatus;
import eu.praxis.security.Viewer;
import java.util.Optional;

/**
 * Where a practice stands in review (DD031), on its page: waiting for a reviewer, or sent back with the reviewer's
 * comment (to those who may edit it); its reviewers answer here. Nothing for a published practice.
 */
@org.springframework.stereotype.Component
class ReviewOnPracticePage implements PracticePageSection {

    private final PracticeReview review;
    private final PracticeRedaction redaction;
    private final PracticeLibrary library;

    ReviewOnPracticePage(PracticeReview review, PracticeRedaction redaction, PracticeLibrary library) {
        this.review = review;
        this.redaction = redaction;
        this.library = library;
    }

    @Override
    public Optional<Component> create(PracticeDetails practice, Viewer viewer) {
        if (practice.status() == PracticeStatus.PUBLISHED) {
            return Optional.empty();
        }
        var state = review.state(practice.id());
        if (!state.inReview() && state.reviewComment() == null) {
            return Optional.empty();
        }
        var section = new Section();
        section.setId("review");
        section.addClassName("practice-review");
        section.add(new H2(section.getTranslation("practice.review.title")));
        if (state.inReview()) {
            section.add(new Paragraph(section.getTranslation("practice.review.waiting")));
        } else {
            section.add(new Paragraph(section.getTranslation("practice.review.changes-requested.help")));
            var comment = new Paragraph(state.reviewComment());
            comment.setId("review-comment");
            comment.addClassName("moderation-note");
            section.add(comment);
        }
        if (state.mayReview()) {
            section.add(new ReviewActions(review, redaction, library, practice.id(), practice.title()));
        }
        return Optional.of(section);
    }

    @Override
    public int order() {
        // before everything else under the practice: it decides whether the practice is read at all
        return 1;
    }
}
