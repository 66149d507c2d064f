package eu.praxis.discussion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.discussion.DiscussionPosting;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.discussion.GroupThreads;
import eu.praxis.discussion.ThreadListItem;
import eu.praxis.group.ui.GroupPageSection;
import java.util.Optional;

/**
 * The group page's "Discussions": its newest threads, "New thread" for those who may post, and a
 * link to all threads. Shown only to those who may read the group's threads.
 */
@org.springframework.stereotype.Component
class GroupDiscussions implements GroupPageSection {

    static final int NEWEST = 5;

    private final DiscussionReading discussions;
    private final DiscussionPosting posting;

    GroupDiscussions(DiscussionReading discussions, DiscussionPosting posting) {
        this.discussions = discussions;
        this.posting = posting;
    }

    @Override
    public Optional<Component> create(long groupId) {
        return discussions.groupThreads(groupId, NEWEST).map(threads -> section(groupId, threads));
    }

    private Component section(long groupId, GroupThreads threads) {
        var section = new Section();
        section.setId("discussions");
        section.addClassName("group-section");
        section.setWidthFull();
        var heading = new Div(new H2(section.getTranslation("discussion.section.title")));
        heading.addClassName("discussion-heading");
        if (threads.mayStartThread()) {
            heading.add(newThreadButton(groupId));
        }
        section.add(heading);
        if (threads.newest().isEmpty()) {
            var empty = new Paragraph(section.getTranslation("discussion.section.empty"));
            empty.addClassName("muted");
            section.add(empty);
        } else {
            var list = new Div();
            list.addClassName("thread-lines");
            threads.newest().forEach(t -> list.add(line(t)));
            section.add(
                    list, ThreadListView.linkTo(threads.groupSlug(), section.getTranslation("discussion.section.all")));
        }
        return section;
    }

    @Override
    public int order() {
        return 10;
    }

    private Button newThreadButton(long groupId) {
        var button = new Button();
        button.setText(button.getTranslation("discussion.new-thread"));
        button.getElement().setAttribute("data-action", "new-thread");
        button.addClickListener(e -> new PostDialog(
                        discussions,
                        button.getTranslation("discussion.new-thread"),
                        button.getTranslation("discussion.new-thread.start"),
                        "",
                        "",
                        false,
                        (title, body, reason) -> posting.startThread(groupId, title, body),
                        threadId -> {
                            Toasts.success(button, "discussion.started");
                            UI.getCurrent().navigate(ThreadView.class, ThreadView.parameters(threadId));
                        })
                .open());
        return button;
    }

    /** Title, author, replies, last activity, and badges: pinned, locked, hidden, deleted. */
    static Div line(ThreadListItem thread) {
        var line = new Div(ThreadView.linkTo(thread.id(), thread.title()));
        line.addClassName("thread-line");
        ThreadView.badges(line, thread.pinned(), thread.locked(), thread.hidden(), thread.deleted());
        var details = new Span(thread.authorName() + " · "
                + line.getTranslation("discussion.replies.count", thread.replyCount()) + " · "
                + ViewerTime.moment(thread.lastActivityAt()));
        details.addClassName("muted");
        line.add(details);
        return line;
    }
}
