package eu.praxis.discussion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import eu.praxis.content.ui.PostActions;
import eu.praxis.discussion.DiscussionService;
import eu.praxis.discussion.ThreadDetails;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.ui.PracticePageSection;
import eu.praxis.security.Viewer;
import java.util.List;
import java.util.Optional;

/**
 * A practice's discussion on its page: the replies (the first one creates the thread), the reply
 * form for those who may post, and for researchers a note that they read but do not post.
 */
@org.springframework.stereotype.Component
class PracticeDiscussion implements PracticePageSection {

    private final DiscussionService discussions;
    private final List<PostActions> postActions;

    PracticeDiscussion(DiscussionService discussions, List<PostActions> postActions) {
        this.discussions = discussions;
        this.postActions = postActions;
    }

    @Override
    public Optional<Component> create(PracticeDetails practice, Viewer viewer) {
        var section = new Section();
        section.setId("discussion");
        section.addClassName("practice-discussion");
        section.setWidthFull();
        fill(section, practice.id(), viewer);
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 10;
    }

    private void fill(Section section, long practiceId, Viewer viewer) {
        section.removeAll();
        Runnable refresh = () -> fill(section, practiceId, viewer);
        section.add(new H2(section.getTranslation("discussion.practice.title")));
        var thread = discussions.threadOfPractice(practiceId);
        section.add(thread.map(t -> (Component) ThreadView.replies(section, t, discussions, postActions, refresh))
                .orElseGet(() -> muted(section, "discussion.thread.no-replies")));
        if (thread.map(ThreadDetails::locked).orElse(false)) {
            section.add(muted(section, "discussion.thread.locked"));
        } else if (discussions.mayReplyToPractice(practiceId)) {
            section.add(new ReplyForm(
                    discussions,
                    discussions.mentionableOnPractice(practiceId),
                    text -> discussions.replyToPractice(practiceId, text),
                    refresh));
        } else if (viewer.isResearcher()) {
            section.add(muted(section, "discussion.practice.researcher"));
        }
    }

    private static Paragraph muted(Component context, String key) {
        var paragraph = new Paragraph(context.getTranslation(key));
        paragraph.addClassName("muted");
        return paragraph;
    }
}
