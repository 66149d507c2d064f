package eu.praxis.discussion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.content.ui.ModerationMenu;
import eu.praxis.content.ui.PostActions;
import eu.praxis.discussion.Post;
import eu.praxis.member.ui.MemberNavigation;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One post: author, organisation, date, the edited mark, the rendered text and, for its author, "Edit";
 * for moderators their menu, and the actions of other features ({@link PostActions}, e.g. "Report"). Hidden and deleted posts are marked, and a hidden one says why.
 */
final class PostCard extends Article {

    /**
     * @param edit what "Edit" does; shown only if the viewer may edit the post
     * @param targetType {@code thread} or {@code reply}, for the other features' actions
     * @param moderation the moderation menu, if the viewer may moderate the post
     */
    PostCard(Post post, String targetType, Runnable edit, @Nullable Component moderation, List<PostActions> actions) {
        addClassName("post");
        var organisation = new Span(post.authorOrganisation());
        organisation.addClassName("muted");
        var date = new Span(ViewerTime.moment(post.createdAt()));
        date.addClassName("muted");
        var header = new Div(MemberNavigation.linkTo(post.authorId(), post.authorName()), organisation, date);
        header.addClassName("post-header");
        if (post.edited()) {
            var edited = new Span(getTranslation("discussion.post.edited"));
            edited.addClassNames("muted", "post-edited");
            header.add(edited);
        }
        if (post.hidden()) {
            header.add(ModerationMenu.badge(this, "common.moderation.hidden"));
        }
        if (post.deleted()) {
            header.add(ModerationMenu.badge(this, "common.moderation.deleted"));
        }
        if (post.mayEdit()) {
            var button = new Button(getTranslation("discussion.post.edit"), e -> edit.run());
            button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            button.getElement().setAttribute("data-action", "edit-post");
            header.add(button);
        }
        if (moderation != null) {
            header.add(moderation);
        }
        actions.stream()
                .map(a -> a.create(targetType, post.id(), post.authorId()))
                .flatMap(Optional::stream)
                .forEach(header::add);
        add(header);
        if (post.hiddenReason() != null) {
            var note = new Paragraph(getTranslation("common.moderation.hidden-reason", post.hiddenReason()));
            note.addClassName("moderation-note");
            add(note);
        }
        // the service rendered and sanitised it; the wrapper gives Html its one root element
        add(new Html("<div class=\"post-body\">" + post.html() + "</div>"));
    }
}
