package eu.praxis.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Labels;
import eu.praxis.base.ui.Polling;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.newsletter.Newsletter;
import eu.praxis.newsletter.NewsletterDetails;
import eu.praxis.newsletter.NewsletterOffice;
import eu.praxis.newsletter.NewsletterPaths;
import eu.praxis.newsletter.NewsletterStatus;
import eu.praxis.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/**
 * An issue of the newsletter in the secretariat's hands: while a draft, its subject, introduction and items, a preview
 * in any member's language, a test to oneself and the sending; while it is sent, the progress; afterwards, when and to
 * how many.
 */
@Route(NewsletterPaths.OFFICE + "/:" + NewsletterEditorView.ID)
@RolesAllowed(Role.ADMIN_NAME)
class NewsletterEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    private static final int POLL_MILLIS = 1000;

    /** The languages of the members' interface and of the network's most spoken ones, to preview in. */
    private static final List<String> PREVIEW_LANGUAGES = List.of("en", "fr", "de", "es", "it", "nl", "pt", "pl");

    private final NewsletterOffice office;
    private final Polling polling = new Polling(this, POLL_MILLIS, this::refresh);
    private long issueId;
    private String title = "";

    NewsletterEditorView(NewsletterOffice office) {
        this.office = office;
        addClassName("view");
    }

    static RouteParameters parameters(long issueId) {
        return new RouteParameters(ID, Long.toString(issueId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        issueId = RouteIds.require(event.getRouteParameters(), ID);
        refresh();
    }

    private void refresh() {
        var issue = office.get(issueId);
        title = issue.subject();
        removeAll();
        add(new ViewToolbar(issue.subject(), new Span(getTranslation("newsletter.status." + issue.status()))));
        switch (issue.status()) {
            case DRAFT -> draft(issue);
            case SENDING -> progress(issue);
            case SENT -> sent(issue);
        }
        if (issue.status() == NewsletterStatus.SENDING) {
            polling.start();
        } else {
            polling.stop();
        }
    }

    private void draft(NewsletterDetails issue) {
        var subject = new TextField(getTranslation("newsletter.subject"));
        subject.setMaxLength(Newsletter.SUBJECT_MAX);
        subject.setValue(issue.subject());
        subject.setWidthFull();
        subject.setId("newsletter-subject");
        var intro = new TextArea(getTranslation("newsletter.intro"));
        intro.setHelperText(getTranslation("newsletter.intro.help"));
        intro.setMaxLength(Newsletter.INTRO_MAX);
        intro.setValue(issue.intro());
        intro.setWidthFull();
        intro.setMinHeight("6em");
        intro.setId("newsletter-intro");
        var save = new Button(
                getTranslation("newsletter.save"),
                e -> Actions.perform(
                        this,
                        () -> office.edit(issueId, subject.getValue(), intro.getValue(), issue.version()),
                        this::refresh,
                        "newsletter.saved"));
        save.getElement().setAttribute("data-action", "save-newsletter");
        add(subject, intro, save, items(issue), preview(), sendingActions(issue));
    }

    private Div items(NewsletterDetails issue) {
        var section = new Div(new H2(getTranslation("newsletter.items")));
        section.add(Labels.muted(this, "newsletter.covers", ViewerTime.date(issue.coversFrom())));
        if (issue.entries().isEmpty()) {
            section.add(Labels.muted(this, "newsletter.items.none"));
            return section;
        }
        var list = new UnorderedList();
        list.setId("newsletter-items");
        for (var position = 0; position < issue.entries().size(); position++) {
            var entry = issue.entries().get(position);
            var at = position;
            var remove = new Button(
                    getTranslation("newsletter.item.remove"),
                    e -> Actions.perform(
                            this,
                            () -> office.removeItem(issueId, at),
                            this::refresh,
                            "newsletter.item.removed",
                            entry.title()));
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            list.add(new ListItem(
                    new Span(getTranslation(entry.section().headingKey()) + " · " + entry.title() + " "), remove));
        }
        section.add(list);
        return section;
    }

    private Div preview() {
        var language = new Select<String>();
        language.setLabel(getTranslation("newsletter.preview"));
        language.setItems(PREVIEW_LANGUAGES);
        language.setItemLabelGenerator(code -> Locale.of(code).getDisplayLanguage(getLocale()));
        language.setId("newsletter-preview-language");
        var text = new Pre();
        text.setId("newsletter-preview");
        text.addClassName("newsletter-text");
        language.addValueChangeListener(e -> text.setText(office.preview(issueId, Locale.of(e.getValue()))));
        language.setValue(getLocale().getLanguage());
        return new Div(language, text);
    }

    private Div sendingActions(NewsletterDetails issue) {
        var test = new Button(
                getTranslation("newsletter.send-test"),
                e -> Actions.attempt(this, () -> office.sendTest(issueId))
                        .ifPresent(to -> Toasts.success(this, "newsletter.test-sent", to)));
        test.getElement().setAttribute("data-action", "send-test");
        var send = new Button(
                getTranslation("newsletter.send"),
                e -> Actions.confirm(
                        this,
                        getTranslation("newsletter.send.confirm.title"),
                        getTranslation("newsletter.send.confirm.text"),
                        getTranslation("newsletter.send"),
                        () -> Actions.attempt(this, () -> office.send(issueId)).ifPresent(count -> {
                            Toasts.success(this, "newsletter.sending", count);
                            refresh();
                        })));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.getElement().setAttribute("data-action", "send-newsletter");
        var delete = new Button(
                getTranslation("newsletter.delete"),
                e -> Actions.confirm(
                        this,
                        getTranslation("newsletter.delete.confirm.title"),
                        getTranslation("newsletter.delete.confirm.text", issue.subject()),
                        getTranslation("newsletter.delete"),
                        () -> Actions.attempt(this, () -> {
                                    office.delete(issueId);
                                    return true;
                                })
                                .ifPresent(done -> {
                                    Toasts.success(this, "newsletter.deleted");
                                    getUI().ifPresent(ui -> ui.navigate(NewsletterOfficeView.class));
                                })));
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        return new Div(test, send, delete);
    }

    private void progress(NewsletterDetails issue) {
        var bar = new ProgressBar(0, Math.max(1, issue.recipients()), issue.done());
        bar.setId("newsletter-progress");
        add(new Paragraph(getTranslation("newsletter.sending", issue.recipients())), bar);
        add(Labels.muted(this, "newsletter.progress", issue.done(), issue.recipients()));
    }

    private void sent(NewsletterDetails issue) {
        add(Labels.muted(this, "newsletter.sent-total", issue.sent(), issue.recipients()));
        add(new RouterLink(
                getTranslation("newsletter.archive.open"),
                NewsletterReadView.class,
                NewsletterReadView.parameters(issueId)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
