package eu.praxis.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Small texts that pages share: a muted remark, a tag. */
public final class Labels {

    private Labels() {}

    /** A remark in a lighter colour ("No output yet."), in the viewer's language. */
    public static Paragraph muted(Component context, String key, Object... parameters) {
        var paragraph = new Paragraph(context.getTranslation(key, parameters));
        paragraph.addClassName("muted");
        return paragraph;
    }

    /** A theme's or a group's name as a tag. */
    public static Span tag(String text) {
        var tag = new Span(text);
        tag.addClassName("group-badge");
        return tag;
    }
}
