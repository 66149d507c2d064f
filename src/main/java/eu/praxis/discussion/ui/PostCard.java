package eu.praxis.discussion.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import eu.praxis.discussion.Post;
import eu.praxis.member.ui.MemberNavigation;

/** One post: author, organisation, date, the edited mark, the rendered text and, for its author, "Edit". */
final class PostCard extends Article {

    /** @param edit what "Edit" does; shown only if the viewer may edit the post */
    PostCard(Post post, Runnable edit) {
        addClassName("post");
        var organisation = new Span(post.authorOrganisation());
        organisation.addClassName("muted");
        var date = new Span(Dates.format(post.createdAt()));
        date.addClassName("muted");
        var header = new Div(MemberNavigation.linkTo(post.authorId(), post.authorName()), organisation, date);
        header.addClassName("post-header");
        if (post.edited()) {
            var edited = new Span(getTranslation("discussion.post.edited"));
            edited.addClassNames("muted", "post-edited");
            header.add(edited);
        }
        if (post.mayEdit()) {
            var button = new Button(getTranslation("discussion.post.edit"), e -> edit.run());
            button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            button.getElement().setAttribute("data-action", "edit-post");
            header.add(button);
        }
        // the service rendered and sanitised it; the wrapper gives Html its one root element
        add(header, new Html("<div class=\"post-body\">" + post.html() + "</div>"));
    }
}
