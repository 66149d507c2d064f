package eu.praxis.discussion.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.discussion.DiscussionThread;

/**
 * A Markdown text with a short syntax hint and a "Preview" tab. The preview is rendered and
 * sanitised by the service each time the tab is opened, so it shows what the post will look like.
 */
final class MarkdownEditor extends Composite<TabSheet> {

    private final DiscussionReading discussions;
    private final TextArea text = new TextArea();
    private final Div preview = new Div();

    MarkdownEditor(DiscussionReading discussions, String label) {
        this.discussions = discussions;
        text.setLabel(label);
        text.setMaxLength(DiscussionThread.BODY_MAX);
        text.setHelperText(getTranslation("discussion.editor.hint"));
        text.setWidthFull();
        text.setMinRows(4);
        preview.addClassName("discussion-preview");
        var sheet = getContent();
        sheet.addClassName("discussion-editor");
        sheet.setWidthFull();
        sheet.add(getTranslation("discussion.editor.write"), text);
        var previewTab = sheet.add(getTranslation("discussion.editor.preview"), preview);
        sheet.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == previewTab) {
                renderPreview();
            }
        });
    }

    String getValue() {
        return text.getValue();
    }

    void setValue(String value) {
        text.setValue(value);
    }

    /** Adds text at the end, on a new word. */
    void append(String addition) {
        var current = text.getValue();
        text.setValue(
                current.isEmpty() || current.endsWith(" ") || current.endsWith("\n")
                        ? current + addition
                        : current + " " + addition);
    }

    void clear() {
        text.clear();
        getContent().setSelectedIndex(0);
    }

    private void renderPreview() {
        preview.removeAll();
        if (text.getValue().isBlank()) {
            var empty = new Paragraph(getTranslation("discussion.editor.preview-empty"));
            empty.addClassName("muted");
            preview.add(empty);
        } else {
            // sanitised by the service; the wrapper gives Html its one root element
            preview.add(new Html("<div class=\"post-body\">" + discussions.preview(text.getValue()) + "</div>"));
        }
    }
}
