package eu.praxis.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.praxis.base.Times;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.PracticePaths;
import eu.praxis.practice.PracticeRedaction;
import eu.praxis.practice.PracticeReview;
import eu.praxis.practice.PracticeSubmission;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/**
 * Review before publication (DD031): the practices waiting for the viewer's review (leads of groups whose
 * publications are reviewed, the secretariat), each with the reviewer's answers, and the viewer's own practices in
 * review or sent back with a comment. Everyone who writes practices has the second list, hence a menu entry for all.
 */
@Route(PracticePaths.REVIEWS)
@PermitAll
@Menu(order = 6, icon = "vaadin:check-square-o", title = "practice.review.menu")
class PracticeReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PracticeReview review;
    private final transient PracticeRedaction redaction;
    private final transient PracticeLibrary library;

    PracticeReviewView(PracticeReview review, PracticeRedaction redaction, PracticeLibrary library) {
        this.review = review;
        this.redaction = redaction;
        this.library = library;
        addClassName("view");
    }

    /** Built on every visit: after an answer the reviewer comes back here, to the same view, with one less to do. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new ViewToolbar(getPageTitle()));
        add(section(
                "review-queue",
                "practice.review.queue",
                "practice.review.queue.empty",
                review.queue().stream().map(this::toReview).toList()));
        add(section(
                "my-submissions",
                "practice.review.mine",
                "practice.review.mine.empty",
                review.mySubmissions().stream().map(this::mine).toList()));
    }

    private Section section(String id, String titleKey, String emptyKey, List<Component> items) {
        var section = new Section(new H2(getTranslation(titleKey)));
        section.setId(id);
        if (items.isEmpty()) {
            section.add(new Paragraph(getTranslation(emptyKey)));
        } else {
            var list = new UnorderedList();
            items.forEach(item -> list.add(new ListItem(item)));
            section.add(list);
        }
        return section;
    }

    private Component toReview(PracticeSubmission submission) {
        return new Div(
                line(submission), new ReviewActions(review, redaction, library, submission.id(), submission.title()));
    }

    private Component mine(PracticeSubmission submission) {
        var item = new Div(line(submission));
        var badge = new Span(getTranslation(
                submission.changesRequested() ? "practice.review.status.changes" : "practice.status.SUBMITTED"));
        badge.addClassName("practice-badge");
        item.add(badge);
        if (submission.changesRequested()) {
            var comment = new Paragraph(submission.reviewComment());
            comment.addClassName("moderation-note");
            item.add(comment);
        }
        return item;
    }

    /** The title as a link, then type, organisation, audience and when it was submitted. */
    private Component line(PracticeSubmission submission) {
        var parts = new ArrayList<String>();
        parts.add(PracticeTexts.type(this, submission.type()));
        parts.add(submission.organisationName());
        if (submission.wholeNetwork()) {
            parts.add(getTranslation("practice.review.network"));
        }
        parts.addAll(submission.groups());
        if (submission.submittedAt() != null) {
            parts.add(getTranslation(
                    "practice.review.submitted-at",
                    Times.moment(submission.submittedAt(), ViewerTime.zone(), getLocale())));
        }
        var about = new Span(" · " + String.join(" · ", parts));
        about.addClassName("muted");
        return new Div(PracticeNavigation.linkTo(submission.id(), submission.slug(), submission.title()), about);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.review.menu");
    }
}
