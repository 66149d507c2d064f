package eu.praxis.news.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Labels;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.base.ui.StreamingUpload;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.UploadTexts;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.event.EventPaths;
import eu.praxis.news.NewsDesk;
import eu.praxis.news.NewsDetails;
import eu.praxis.news.NewsPaths;
import eu.praxis.news.NewsRoom;
import eu.praxis.practice.PracticeLanguages;
import eu.praxis.project.ProjectPaths;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * A news item: its image, text, the event and project it is about and its themes; for its writers the editor, the
 * image upload and deletion.
 */
@Route(NewsPaths.NEWS + "/:" + NewsItemView.ID)
@PermitAll
class NewsItemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private static final String[] IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg"};

    private final NewsRoom news;
    private final NewsDesk desk;
    private final NewsEditors editors;
    private final DataSize maxUpload;
    private long itemId;
    private String title = "";

    NewsItemView(
            NewsRoom news,
            NewsDesk desk,
            NewsEditors editors,
            @Value("${praxis.files.max-size:25MB}") DataSize maxUpload) {
        this.news = news;
        this.desk = desk;
        this.editors = editors;
        this.maxUpload = maxUpload;
        addClassName("view");
    }

    static RouteParameters parameters(long itemId) {
        return new RouteParameters(ID, Long.toString(itemId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        itemId = RouteIds.require(event.getRouteParameters(), ID);
        refresh();
    }

    /** Builds the page from the item as it is now, after every action. */
    private void refresh() {
        var item = news.get(itemId);
        title = item.title();
        removeAll();
        if (item.mayEdit()) {
            var edit = new Button(getTranslation("news.edit"), e -> editors.open(item, null, id -> refresh()));
            edit.getElement().setAttribute("data-action", "edit-news");
            add(new ViewToolbar(item.title(), new Div(edit, deleteButton(item))));
        } else {
            add(new ViewToolbar(item.title()));
        }
        add(facts(item));
        if (item.hasImage()) {
            add(image(item));
        }
        var body = new Html("<div class=\"post-body prose\">" + item.bodyHtml() + "</div>");
        add(body);
        var links = links(item);
        if (links.getChildren().findAny().isPresent()) {
            add(links);
        }
        if (!item.themes().isEmpty()) {
            var tags = new Div();
            tags.addClassName("project-tags");
            item.themes().forEach(t -> tags.add(Labels.tag(t.name(getLocale()))));
            add(tags);
        }
        if (item.mayEdit()) {
            add(imageTools(item));
        }
    }

    private Paragraph facts(NewsDetails item) {
        var facts = new Paragraph(
                new Span(ViewerTime.moment(item.publishedAt())),
                new Span(" · " + (item.groupName() == null ? getTranslation("news.network") : item.groupName())),
                new Span(" · " + PracticeLanguages.name(item.language(), getLocale())),
                new Span(" · " + getTranslation("news.by", item.authorName())));
        facts.addClassName("muted");
        if (item.scheduled()) {
            facts.add(
                    new Span(" "), Labels.tag(getTranslation("news.scheduled", ViewerTime.moment(item.publishedAt()))));
        }
        return facts;
    }

    private Image image(NewsDetails item) {
        var id = item.id();
        DownloadHandler content = download -> {
            var found = news.image(id);
            download.setContentType(found.mediaType());
            download.setContentLength(found.size());
            try (var in = news.openImage(found)) {
                in.transferTo(download.getOutputStream());
            }
        };
        var image = new Image(content, getTranslation("news.image.alt", item.title()));
        image.addClassName("news-image");
        image.setId("news-image");
        return image;
    }

    private Div links(NewsDetails item) {
        var links = new Div();
        links.addClassName("project-tags");
        if (item.event() != null) {
            links.add(new Anchor(
                    EventPaths.event(item.event().id()),
                    getTranslation("news.event.link", item.event().label())));
        }
        if (item.project() != null) {
            links.add(new Anchor(
                    ProjectPaths.project(item.project().id()),
                    getTranslation("news.project.link", item.project().label())));
        }
        return links;
    }

    private Div imageTools(NewsDetails item) {
        var upload = UploadTexts.translated(new Upload(new StreamingUpload(
                maxUpload.toBytes(),
                new UserFacingException("files.error.too-large", Math.max(1, maxUpload.toMegabytes())),
                (content, fileName) -> {
                    var kept = desk.attachImage(item.id(), content, fileName);
                    return () -> {
                        Toasts.success(this, "news.image.added", kept);
                        refresh();
                    };
                })));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxUpload.toBytes()));
        upload.setAcceptedFileTypes(IMAGE_EXTENSIONS);
        upload.setId("news-image-upload");
        upload.addFileRejectedListener(e -> Toasts.refused(
                this, new UserFacingException("news.error.image-rejected", e.getFileName(), maxUpload.toMegabytes())));
        var tools = new Div(Labels.muted(this, item.hasImage() ? "news.image.replace" : "news.image.add"), upload);
        if (item.hasImage()) {
            var remove = new Button(
                    getTranslation("news.image.remove"),
                    e -> Actions.perform(this, () -> desk.removeImage(item.id()), this::refresh, "news.image.removed"));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            tools.add(remove);
        }
        return tools;
    }

    private Button deleteButton(NewsDetails item) {
        var delete = new Button(
                getTranslation("news.delete"),
                e -> Actions.confirm(
                        this,
                        getTranslation("news.delete.confirm.title"),
                        getTranslation("news.delete.confirm.text", item.title()),
                        getTranslation("news.delete"),
                        () -> Actions.attempt(this, () -> {
                                    desk.delete(item.id());
                                    return true;
                                })
                                .ifPresent(done -> {
                                    Toasts.success(this, "news.deleted");
                                    getUI().ifPresent(ui -> ui.navigate(NewsView.class));
                                })));
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        delete.getElement().setAttribute("data-action", "delete-news");
        return delete;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
