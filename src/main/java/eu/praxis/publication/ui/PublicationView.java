package eu.praxis.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Labels;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.base.ui.StreamingUpload;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.UploadTexts;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.project.ProjectPaths;
import eu.praxis.publication.PublicationAdministration;
import eu.praxis.publication.PublicationDetails;
import eu.praxis.publication.PublicationFileItem;
import eu.praxis.publication.PublicationLibrary;
import eu.praxis.publication.PublicationPaths;
import eu.praxis.publication.PublicationVisibility;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * A publication's page: its facts, abstract, files and its editions in other languages; for the secretariat the
 * editor, the files' upload and removal, and the deletion.
 */
@Route(PublicationLibraryView.PATH + "/:" + PublicationView.ID)
@PermitAll
class PublicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final PublicationLibrary library;
    private final PublicationAdministration administration;
    private final PublicationEditors editors;
    private final DataSize maxUpload;
    private long publicationId;
    private String title = "";

    PublicationView(
            PublicationLibrary library,
            PublicationAdministration administration,
            PublicationEditors editors,
            @Value("${praxis.files.max-size:25MB}") DataSize maxUpload) {
        this.library = library;
        this.administration = administration;
        this.editors = editors;
        this.maxUpload = maxUpload;
        addClassName("view");
    }

    static RouteParameters parameters(long publicationId) {
        return new RouteParameters(ID, Long.toString(publicationId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        publicationId = RouteIds.require(event.getRouteParameters(), ID);
        refresh();
    }

    /** Builds the page from the publication as it is now, after every action. */
    private void refresh() {
        var details = library.get(publicationId);
        title = details.title();
        removeAll();
        if (details.mayAdminister()) {
            var edit = new Button(getTranslation("publication.edit"), e -> editors.open(details, id -> refresh()));
            edit.getElement().setAttribute("data-action", "edit-publication");
            add(new ViewToolbar(details.title(), new Div(edit, deleteButton(details))));
        } else {
            add(new ViewToolbar(details.title()));
        }
        var facts = PublicationTexts.facts(this, getLocale(), details);
        facts.add(new Span(getTranslation("publication.visibility." + details.visibility())));
        if (details.projectId() != null && details.projectAcronym() != null) {
            facts.add(new Anchor(ProjectPaths.project(details.projectId()), details.projectAcronym()));
        }
        if (details.visibility() == PublicationVisibility.PUBLIC) {
            facts.add(new Anchor(
                    "/" + PublicationPaths.publicPage(details.id()), getTranslation("publication.public-link")));
        }
        add(facts);
        if (!details.abstractText().isEmpty()) {
            add(new Paragraph(details.abstractText()));
        }
        if (!details.themes().isEmpty() || !details.groups().isEmpty()) {
            var tags = new Div();
            tags.addClassName("project-tags");
            details.themes().forEach(t -> tags.add(Labels.tag(t.name(getLocale()))));
            details.groups().values().forEach(name -> tags.add(Labels.tag(name)));
            add(tags);
        }
        add(editions(details), files(details));
    }

    private Section editions(PublicationDetails details) {
        var section = new Section(new H2(getTranslation("publication.editions")));
        section.setId("publication-editions");
        if (details.editions().isEmpty()) {
            section.setVisible(false);
        }
        var list = new UnorderedList();
        details.editions()
                .forEach(e -> list.add(new ListItem(new RouterLink(
                        PublicationTexts.language(getLocale(), e.language()) + " — " + e.title(),
                        PublicationView.class,
                        parameters(e.id())))));
        section.add(list);
        return section;
    }

    private Section files(PublicationDetails details) {
        var section = new Section(new H2(getTranslation("publication.files")));
        section.setId("publication-files");
        if (details.files().isEmpty()) {
            section.add(Labels.muted(this, "publication.files.none"));
        }
        var list = new UnorderedList();
        details.files().forEach(f -> list.add(fileItem(details, f)));
        section.add(list);
        if (details.mayAdminister()) {
            section.add(upload(details), Labels.muted(this, "publication.files.help"));
        }
        return section;
    }

    private ListItem fileItem(PublicationDetails details, PublicationFileItem file) {
        var item = new ListItem(PublicationTexts.fileLink(file));
        if (details.mayAdminister()) {
            var remove = new Button(
                    getTranslation("publication.file.remove"),
                    e -> Actions.confirm(
                            this,
                            getTranslation("publication.file.remove.confirm.title", file.fileName()),
                            getTranslation("publication.file.remove.confirm.text"),
                            getTranslation("publication.file.remove"),
                            () -> Actions.perform(
                                    this,
                                    () -> administration.removeFile(file.id()),
                                    this::refresh,
                                    "publication.file.removed")));
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            remove.getElement().setAttribute("data-action", "remove-file");
            item.add(remove);
        }
        return item;
    }

    private Component upload(PublicationDetails details) {
        var upload = UploadTexts.translated(new Upload(new StreamingUpload(
                maxUpload.toBytes(),
                new UserFacingException("files.error.too-large", Math.max(1, maxUpload.toMegabytes())),
                (content, fileName) -> {
                    var kept = administration.attachFile(details.id(), content, fileName);
                    return () -> {
                        Toasts.success(this, "publication.file.added", kept.fileName());
                        refresh();
                    };
                })));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxUpload.toBytes()));
        upload.setId("publication-upload");
        // refused in the browser before sending (size): said like the service's refusals
        upload.addFileRejectedListener(e -> Toasts.refused(
                this, new UserFacingException("publication.file.rejected", e.getFileName(), maxUpload.toMegabytes())));
        return upload;
    }

    private Button deleteButton(PublicationDetails details) {
        var delete = new Button(
                getTranslation("publication.delete"),
                e -> Actions.confirm(
                        this,
                        getTranslation("publication.delete.confirm.title", details.title()),
                        getTranslation("publication.delete.confirm.text"),
                        getTranslation("publication.delete"),
                        () -> Actions.attempt(this, () -> {
                                    administration.delete(details.id());
                                    return true;
                                })
                                .ifPresent(done -> {
                                    Toasts.success(this, "publication.deleted");
                                    getUI().ifPresent(ui -> ui.navigate(PublicationLibraryView.class));
                                })));
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.getElement().setAttribute("data-action", "delete-publication");
        return delete;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
