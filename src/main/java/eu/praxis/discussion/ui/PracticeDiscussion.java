package eu.praxis.discussion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import eu.praxis.content.ui.PostActions;
import eu.praxis.discussion.DiscussionPosting;
import eu.praxis.discussion.DiscussionReading;
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

    private final DiscussionReading discussions;
    private final DiscussionPosting posting;
    private final ThreadActions threadActions;
    private final List<PostActions> postActions;

    PracticeDiscussion(
            DiscussionReading discussions,
            DiscussionPosting posting,
            ThreadActions threadActions,
            List<PostActions> postActions) {
        this.discussions = discussions;
        this.posting = posting;
        this.threadActions = threadActions;
        this.postActions = postActions;
    }

    @Override
    public Optional<Component> create(PracticeDetails practice, Viewer viewer) {
        var section = new Section();
        section.setId("discussion");
        section.addClassName("practice-discussion");
        section.setWidthFull();
        fill(section, practice, viewer);
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 10;
    }

    /** @param practice as the page loaded it for the viewer; a refresh after a reply reloads only the discussion */
    private void fill(Section section, PracticeDetails practice, Viewer viewer) {
        section.removeAll();
        Runnable refresh = () -> fill(section, practice, viewer);
        section.add(new H2(section.getTranslation("discussion.practice.title")));
        var discussion = discussions.discussionOfPractice(practice);
        var thread = discussion.thread();
        section.add(
                thread != null
                        ? threadActions.replies(section, thread, postActions, refresh)
                        : muted(section, "discussion.thread.no-replies"));
        if (thread != null && thread.locked()) {
            section.add(muted(section, "discussion.thread.locked"));
        } else if (discussion.mayReply()) {
            section.add(new ReplyForm(
                    discussions,
                    discussion.mentionable(),
                    text -> posting.replyToPractice(practice.id(), text),
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
