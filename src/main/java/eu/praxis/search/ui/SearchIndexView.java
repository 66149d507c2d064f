package eu.praxis.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Polling;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.search.RebuildStatus;
import eu.praxis.search.SearchIndexAdmin;
import eu.praxis.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The secretariat's index page: how the last rebuild went, and a button that rebuilds the whole
 * search index in the background. While it runs, the UI polls its progress; search keeps working.
 */
@Route("admin/search")
@Menu(order = 84, icon = "vaadin:search", title = "search.admin.menu")
@RolesAllowed(Role.ADMIN_NAME)
class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 500;

    private final transient SearchIndexAdmin index;
    private final Button rebuild = new Button();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progress = new Span();
    private final Paragraph outcome = new Paragraph();
    private final Polling polling = new Polling(this, POLL_MILLIS, this::refresh);
    /** Whether this page has watched a rebuild run, and so shows its bar to the end. */
    private boolean followed;

    SearchIndexView(SearchIndexAdmin index) {
        this.index = index;
        addClassName("view");
        setWidthFull();

        rebuild.setText(getTranslation("search.admin.rebuild"));
        rebuild.setIcon(VaadinIcon.REFRESH.create());
        rebuild.setId("rebuild");
        rebuild.addThemeVariants(ButtonVariant.PRIMARY);
        rebuild.addClickListener(e -> start());
        progressBar.setId("rebuild-progress");
        progressBar.setMaxWidth("30rem");
        progress.setId("rebuild-count");
        outcome.setId("rebuild-outcome");

        add(
                new ViewToolbar(getTranslation("search.admin.title")),
                new Paragraph(getTranslation("search.admin.intro")),
                rebuild,
                progress,
                progressBar,
                outcome);
        outcome.addClassNames(LumoUtility.Margin.NONE);
        show(index.status());
    }

    private void start() {
        Actions.attempt(this, index::startRebuild).ifPresent(status -> {
            show(status);
            if (status.running()) {
                follow();
            }
        });
    }

    /** A page opened while a rebuild runs follows it too. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (index.status().running()) {
            follow();
        }
    }

    private void follow() {
        followed = true;
        polling.start();
    }

    /** One poll: the progress, and at the end the outcome, after which polling stops. */
    void refresh() {
        var status = index.status();
        show(status);
        if (!status.running()) {
            polling.stop();
        }
    }

    private void show(RebuildStatus status) {
        rebuild.setEnabled(!status.running());
        progressBar.setVisible(status.running() || followed);
        progress.setVisible(status.running() || followed);
        // the total is known once the mass indexer has counted the entities
        progressBar.setIndeterminate(status.running() && status.total() == 0);
        progressBar.setValue(status.total() == 0 ? 0 : Math.min(1.0, (double) status.done() / status.total()));
        progress.setText(getTranslation("search.admin.running", status.done(), status.total()));
        outcome.removeClassName(LumoUtility.TextColor.ERROR);
        if (status.running()) {
            outcome.setText(getTranslation("search.admin.started", date(status.startedAt())));
        } else if (status.failure() != null) {
            outcome.setText(getTranslation("search.admin.failed", date(status.finishedAt()), status.failure()));
            outcome.addClassName(LumoUtility.TextColor.ERROR);
        } else if (status.finishedAt() != null) {
            outcome.setText(getTranslation("search.admin.finished", date(status.finishedAt()), status.total()));
        } else {
            outcome.setText(getTranslation("search.admin.never"));
        }
    }

    private String date(@Nullable Instant instant) {
        return instant == null ? "" : ViewerTime.moment(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.admin.title");
    }
}
