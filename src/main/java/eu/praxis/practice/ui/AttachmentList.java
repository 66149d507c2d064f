package eu.praxis.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.practice.AttachmentItem;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A practice's attachments as download links, with their size and date; in the editor each has a
 * remove button. Links bypass the router: the download endpoint serves the bytes and checks access.
 */
final class AttachmentList extends Section {

    /** @param remove what the remove button of an attachment does; none on the practice's page */
    AttachmentList(List<AttachmentItem> attachments, @Nullable Consumer<AttachmentItem> remove) {
        addClassName("practice-attachments");
        setId("attachments");
        add(new H2(getTranslation("practice.attachments.title")));
        if (attachments.isEmpty()) {
            var empty = new Paragraph(getTranslation("practice.attachments.empty"));
            empty.addClassName("muted");
            add(empty);
            return;
        }
        var list = new UnorderedList();
        for (var attachment : attachments) {
            var link = new Anchor(attachment.downloadPath(), attachment.fileName());
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", attachment.fileName());
            var about = new Span(
                    " · " + size(attachment.size(), getLocale()) + " · " + ViewerTime.date(attachment.uploadedAt()));
            about.addClassName("muted");
            var item = new ListItem(link, about);
            if (remove != null) {
                var button = new Button(getTranslation("practice.attachments.remove"), e -> remove.accept(attachment));
                button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                item.add(button);
            }
            list.add(item);
        }
        add(list);
    }

    /** "820 KB", "3.4 MB": enough to decide whether to download on a slow line. */
    static String size(long bytes, Locale locale) {
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%d KB", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
