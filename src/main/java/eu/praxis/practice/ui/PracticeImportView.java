package eu.praxis.practice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.Polling;
import eu.praxis.base.ui.StreamingUpload;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.UploadTexts;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.practice.ImportJob;
import eu.praxis.practice.ImportProgress;
import eu.praxis.practice.ImportReport;
import eu.praxis.practice.ImportReport.Outcome;
import eu.praxis.practice.PracticeImportService;
import eu.praxis.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The secretariat's bulk import: upload a JSON or CSV file, watch the progress (the UI polls while the
 * import runs in the background), then read what was created, updated, and refused and why.
 */
@Route("admin/import")
@Menu(order = 82, icon = "vaadin:upload", title = "import.menu")
@RolesAllowed(Role.ADMIN_NAME)
class PracticeImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_MEGABYTES = 20;
    private static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    private static final int POLL_MILLIS = 500;

    private final transient PracticeImportService imports;
    private final Upload upload;
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Div counts = new Div();
    private final Paragraph fileError = new Paragraph();
    private final H2 refusedTitle = new H2();
    private final Grid<ImportReport.Refusal> refused = new Grid<>();
    private @Nullable UUID jobId;
    private final Polling polling = new Polling(this, POLL_MILLIS, this::refresh);

    PracticeImportView(PracticeImportService imports) {
        this.imports = imports;
        addClassName("view");
        setSizeFull();

        var handler = new StreamingUpload(
                MAX_BYTES,
                new UserFacingException("import.error.file.too-large", MAX_MEGABYTES),
                (content, fileName) -> {
                    var job = imports.start(content, fileName);
                    return () -> follow(job);
                });
        upload = UploadTexts.translated(new Upload(handler));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".json", ".csv", "application/json", "text/csv");
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.setUploadButton(new Button(getTranslation("import.upload")));
        upload.addFileRejectedListener(
                e -> Toasts.refused(this, new UserFacingException("import.rejected", MAX_MEGABYTES)));

        progressBar.setVisible(false);
        progressText.setVisible(false);
        progressText.getElement().setAttribute("data-testid", "import-progress");
        counts.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        counts.getElement().setAttribute("data-testid", "import-counts");
        fileError.addClassNames(LumoUtility.TextColor.ERROR);
        fileError.setVisible(false);

        refusedTitle.setText(getTranslation("import.refused.title"));
        refusedTitle.addClassNames(LumoUtility.FontSize.LARGE);
        refused.addColumn(ImportReport.Refusal::row)
                .setHeader(getTranslation("import.column.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        refused.addColumn(r -> r.externalId() == null ? "" : r.externalId())
                .setHeader(getTranslation("import.column.external-id"))
                .setFlexGrow(1);
        refused.addColumn(ImportReport.Refusal::field)
                .setHeader(getTranslation("import.column.field"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        refused.addColumn(this::reason)
                .setHeader(getTranslation("import.column.reason"))
                .setFlexGrow(3);
        refused.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        refused.setEmptyStateText(getTranslation("import.refused.none"));
        refused.setMinHeight("12em");
        refusedTitle.setVisible(false);
        refused.setVisible(false);

        add(
                new ViewToolbar(getTranslation("import.title")),
                new Paragraph(getTranslation("import.intro", MAX_MEGABYTES)),
                new Paragraph(getTranslation("import.format")),
                upload,
                progressText,
                progressBar,
                fileError,
                counts,
                refusedTitle,
                refused);
    }

    private void follow(ImportJob job) {
        jobId = job.id();
        upload.setEnabled(false);
        clearReport();
        progressBar.setVisible(true);
        progressBar.setValue(0);
        progressText.setVisible(true);
        progressText.setText(getTranslation("import.reading", job.fileName()));
        polling.start();
        refresh();
    }

    /** Shows how far the import is; on the last poll, its report. */
    private void refresh() {
        var id = jobId;
        if (id == null) {
            return;
        }
        imports.progress(id).ifPresent(this::show);
    }

    private void show(ImportProgress progress) {
        progressBar.setValue(progress.fraction());
        var report = progress.report();
        if (report == null) {
            if (progress.total() > 0) {
                progressText.setText(
                        getTranslation("import.running", progress.fileName(), progress.done(), progress.total()));
            }
            return;
        }
        jobId = null;
        polling.stop();
        upload.setEnabled(true);
        upload.clearFileList();
        progressText.setText(getTranslation("import.done", progress.fileName()));
        showReport(report);
    }

    private void showReport(ImportReport report) {
        var fileProblem = report.fileError();
        if (fileProblem != null) {
            fileError.setText(reason(fileProblem));
            fileError.setVisible(true);
            return;
        }
        counts.add(
                count("rows", report.rows()),
                count("created", report.count(Outcome.CREATED)),
                count("updated", report.count(Outcome.UPDATED)),
                count("unchanged", report.count(Outcome.UNCHANGED)),
                count("refused", report.refusedRows()));
        refused.setItems(report.refused());
        refusedTitle.setVisible(true);
        refused.setVisible(true);
    }

    private Span count(String what, long n) {
        var span = new Span(getTranslation("import.count." + what, n));
        span.getElement().setAttribute("data-count", what);
        return span;
    }

    private void clearReport() {
        counts.removeAll();
        fileError.setVisible(false);
        refusedTitle.setVisible(false);
        refused.setVisible(false);
        refused.setItems();
    }

    private String reason(ImportReport.Refusal refusal) {
        return getTranslation(refusal.messageKey(), refusal.arguments().toArray());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
