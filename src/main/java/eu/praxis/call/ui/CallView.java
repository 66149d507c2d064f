package eu.praxis.call.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.praxis.base.Times;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Labels;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.base.ui.StreamingUpload;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.UploadTexts;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.call.AnswerItem;
import eu.praxis.call.AnswerStatus;
import eu.praxis.call.CallAdministration;
import eu.praxis.call.CallAnswer;
import eu.praxis.call.CallAnswering;
import eu.praxis.call.CallBoard;
import eu.praxis.call.CallDetails;
import eu.praxis.call.CallReview;
import eu.praxis.project.ProjectPaths;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * A call's page: what it asks for, until when and from whom; the form to answer for one's organisation, or the
 * organisation's answer with its status, its letter and a way to withdraw it; for the secretariat the editor, the
 * closing and every answer.
 */
@Route(CallDirectoryView.PATH + "/:" + CallView.ID)
@PermitAll
class CallView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private static final String[] LETTER_EXTENSIONS = {".pdf", ".docx", ".odt"};

    private final CallBoard calls;
    private final CallAnswering answering;
    private final CallAdministration administration;
    private final CallReview review;
    private final CallEditors editors;
    private final DataSize maxUpload;
    private long callId;
    private String title = "";

    CallView(
            CallBoard calls,
            CallAnswering answering,
            CallAdministration administration,
            CallReview review,
            CallEditors editors,
            @Value("${praxis.files.max-size:25MB}") DataSize maxUpload) {
        this.calls = calls;
        this.answering = answering;
        this.administration = administration;
        this.review = review;
        this.editors = editors;
        this.maxUpload = maxUpload;
        addClassName("view");
    }

    static RouteParameters parameters(long callId) {
        return new RouteParameters(ID, Long.toString(callId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        callId = RouteIds.require(event.getRouteParameters(), ID);
        refresh();
    }

    /** Builds the page from the call as it is now, after every action. */
    private void refresh() {
        var details = calls.get(callId);
        title = details.title();
        removeAll();
        if (details.mayAdminister()) {
            var edit = new Button(getTranslation("call.edit"), e -> editors.open(details, id -> refresh()));
            edit.getElement().setAttribute("data-action", "edit-call");
            var actions = new Div(edit);
            if (details.open()) {
                actions.add(closeButton(details));
            }
            add(new ViewToolbar(details.title(), actions));
        } else {
            add(new ViewToolbar(details.title()));
        }
        add(facts(details), new Html("<div class=\"post-body\">" + details.bodyHtml() + "</div>"));
        if (!details.eligibility().isEmpty()) {
            var eligibility =
                    new Section(new H2(getTranslation("call.eligibility")), new Paragraph(details.eligibility()));
            eligibility.setId("call-eligibility");
            add(eligibility);
        }
        if (!details.themes().isEmpty() || !details.groups().isEmpty()) {
            var tags = new Div();
            tags.addClassName("project-tags");
            details.themes().forEach(t -> tags.add(Labels.tag(t.name(getLocale()))));
            details.groups().values().forEach(name -> tags.add(Labels.tag(name)));
            add(tags);
        }
        add(answerSection(details));
        if (details.mayReview()) {
            add(new CallAnswersPanel(review, answering, details));
        }
    }

    private Div facts(CallDetails details) {
        var facts = new Div(
                CallTexts.open(this, details.open()),
                new Span(getTranslation("call.kind." + details.kind())),
                new Span(getTranslation("call.deadline.at", ViewerTime.moment(details.deadline()))));
        if (!ViewerTime.zone(details.timeZone()).equals(details.timeZone())) {
            facts.add(new Span(getTranslation(
                    "call.deadline.organiser", Times.moment(details.deadline(), details.timeZone(), getLocale()))));
        }
        if (details.projectId() != null && details.projectAcronym() != null) {
            facts.add(new Anchor(ProjectPaths.project(details.projectId()), details.projectAcronym()));
        }
        facts.addClassName("project-facts");
        facts.setId("call-facts");
        return facts;
    }

    private Button closeButton(CallDetails details) {
        var close = new Button(
                getTranslation("call.close"),
                e -> Actions.confirm(
                        this,
                        getTranslation("call.close.confirm.title", details.title()),
                        getTranslation("call.close.confirm.text"),
                        getTranslation("call.close"),
                        () -> Actions.perform(
                                this, () -> administration.close(details.id()), this::refresh, "call.closed-now")));
        close.addThemeVariants(ButtonVariant.ERROR);
        close.getElement().setAttribute("data-action", "close-call");
        return close;
    }

    /** The organisation's answer as sent, or the form to answer with its draft, or why there is neither. */
    private Section answerSection(CallDetails details) {
        var section = new Section(new H2(getTranslation("call.answer.title")));
        section.setId("call-answer");
        var mine = details.myAnswer();
        if (mine != null && mine.status() != AnswerStatus.DRAFT) {
            section.add(myAnswer(details, mine));
        } else if (details.mayAnswer()) {
            section.add(answerForm(details, mine));
        } else {
            section.add(Labels.muted(this, details.open() ? "call.answer.not-yours" : "call.answer.closed"));
        }
        return section;
    }

    /** The motivation, sent at once or kept as a draft; a draft also takes the letter and may be discarded. */
    private Component answerForm(CallDetails details, @Nullable AnswerItem draft) {
        var motivation = new TextArea(getTranslation("call.answer.motivation"));
        motivation.setMaxLength(CallAnswer.MOTIVATION_MAX);
        motivation.setHelperText(getTranslation("call.answer.motivation.help", CallAnswer.MOTIVATION_MAX));
        motivation.setWidthFull();
        motivation.setMinHeight("8em");
        motivation.setId("motivation");
        var send = new Button(
                getTranslation("call.answer.send"),
                e -> Actions.attempt(this, () -> answering.answer(details.id(), motivation.getValue()))
                        .ifPresent(id -> {
                            Toasts.success(this, "call.answer.sent");
                            refresh();
                        }));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.getElement().setAttribute("data-action", "send-answer");
        var save = new Button(
                getTranslation("call.answer.save-draft"),
                e -> Actions.perform(
                        this,
                        () -> answering.saveDraft(details.id(), motivation.getValue()),
                        this::refresh,
                        "call.answer.draft-saved"));
        save.getElement().setAttribute("data-action", "save-draft");
        var form = new Div();
        form.setId("answer-form");
        if (draft == null) {
            form.add(motivation, Labels.muted(this, "call.answer.letter.after"), new Div(send, save));
            return form;
        }
        motivation.setValue(draft.motivation());
        form.add(
                new Paragraph(
                        getTranslation("call.answer.draft", draft.personName(), ViewerTime.moment(details.deadline()))),
                motivation);
        if (draft.letterFileName() != null) {
            form.add(new Paragraph(letterLink(answering, draft)));
        }
        form.add(
                letterUpload(details),
                Labels.muted(this, "call.answer.letter.help"),
                new Div(send, save, withdrawButton(details, "call.answer.discard")));
        return form;
    }

    private Component myAnswer(CallDetails details, AnswerItem mine) {
        var box = new Div(
                new Paragraph(getTranslation(
                        "call.answer.mine",
                        mine.organisationName(),
                        mine.personName(),
                        ViewerTime.moment(Objects.requireNonNull(mine.submittedAt())))),
                CallTexts.answer(this, mine.status()),
                new Paragraph(mine.motivation()));
        box.setId("my-answer");
        if (mine.letterFileName() != null) {
            box.add(new Paragraph(letterLink(answering, mine)));
        }
        if (details.mayWithdraw()) {
            box.add(
                    letterUpload(details),
                    Labels.muted(this, "call.answer.letter.help"),
                    withdrawButton(details, "call.answer.withdraw"));
        }
        return box;
    }

    /** Withdraws the answer or discards the draft ({@code key} and its {@code .confirm.*} texts say which). */
    private Button withdrawButton(CallDetails details, String key) {
        var withdraw = new Button(
                getTranslation(key),
                e -> Actions.confirm(
                        this,
                        getTranslation(key + ".confirm.title"),
                        getTranslation(key + ".confirm.text"),
                        getTranslation(key),
                        () -> Actions.perform(
                                this, () -> answering.withdraw(details.id()), this::refresh, key + ".done")));
        withdraw.addThemeVariants(ButtonVariant.ERROR);
        withdraw.getElement().setAttribute("data-action", "withdraw-answer");
        return withdraw;
    }

    private Upload letterUpload(CallDetails details) {
        var upload = UploadTexts.translated(new Upload(new StreamingUpload(
                maxUpload.toBytes(),
                new UserFacingException("files.error.too-large", Math.max(1, maxUpload.toMegabytes())),
                (content, fileName) -> {
                    var kept = answering.attachLetter(details.id(), content, fileName);
                    return () -> {
                        Toasts.success(this, "call.answer.letter.added", kept);
                        refresh();
                    };
                })));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxUpload.toBytes()));
        upload.setAcceptedFileTypes(LETTER_EXTENSIONS);
        upload.setId("letter-upload");
        // refused in the browser before sending (type or size): said like the service's refusals
        upload.addFileRejectedListener(e -> Toasts.refused(
                this,
                new UserFacingException("call.answer.letter.rejected", e.getFileName(), maxUpload.toMegabytes())));
        return upload;
    }

    /** The letter, streamed when clicked, with the caller's right to see the answer checked again by the service. */
    static Anchor letterLink(CallAnswering answering, AnswerItem answer) {
        var id = answer.id();
        DownloadHandler letter = download -> {
            var found = answering.letter(id);
            download.setFileName(found.fileName());
            download.setContentType(found.mediaType());
            download.setContentLength(found.size());
            try (var in = answering.openLetter(id)) {
                in.transferTo(download.getOutputStream());
            }
        };
        var link = new Anchor(letter, Objects.requireNonNull(answer.letterFileName()));
        link.getElement().setAttribute("data-letter", Long.toString(id));
        return link;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
