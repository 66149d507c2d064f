package eu.praxis.practice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.base.ui.Toasts;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.content.ContentModeration;
import eu.praxis.content.ModerationAction;
import eu.praxis.content.ui.ModerationMenu;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupListItem;
import eu.praxis.practice.PracticeDetails;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeEvidence;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.practice.PracticeModeration;
import eu.praxis.practice.PracticePaths;
import eu.praxis.practice.PracticeRedaction;
import eu.praxis.practice.PracticeStatus;
import eu.praxis.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A practice's page at its permalink {@code practices/{id}/{slug}}: the id finds it, the slug only
 * makes the address readable, so an old or missing slug forwards to the current one. Shows the
 * practice, its attachments, its history on request and the sections of other features (its
 * discussion), which get the loaded practice and the viewer. Moderators (leads of a sharing group, the
 * secretariat) get a "Moderate" menu: hide or restore, delete or (the secretariat) bring back; and "Redact…" (DD029);
 * reviewers (the same, outside the author's organisation) set its evidence level (DD032).
 * The history shows older texts to those who may edit it, only the reasons of the changes to other readers. Prints
 * without the menu and buttons (see
 * {@code styles.css}). A practice the viewer may not see is "not found", like one that does not exist.
 */
@Route("practices/:" + PracticeView.ID + "/:" + PracticeView.SLUG + "?")
@PermitAll
class PracticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";
    static final String SLUG = "slug";

    private final transient PracticeLibrary practices;
    private final transient PracticeEditing editing;
    private final transient PracticeRedaction redaction;
    private final transient PracticeEvidence evidence;
    private final transient ContentModeration moderation;
    private final transient GroupDirectory groups;
    private final transient List<PracticePageSection> sections;
    private @Nullable PracticeDetails practice;

    PracticeView(
            PracticeLibrary practices,
            PracticeEditing editing,
            PracticeRedaction redaction,
            PracticeEvidence evidence,
            ContentModeration moderation,
            GroupDirectory groups,
            List<PracticePageSection> sections) {
        this.practices = practices;
        this.editing = editing;
        this.redaction = redaction;
        this.evidence = evidence;
        this.moderation = moderation;
        this.groups = groups;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(PracticePageSection::order))
                .toList();
        addClassNames("view", "practice-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = RouteIds.require(event.getRouteParameters(), ID);
        var details = practices.get(id);
        if (!details.slug().equals(event.getRouteParameters().get(SLUG).orElse(""))) {
            event.forwardTo(PracticeView.class, PracticeNavigation.parameters(id, details.slug()));
            return;
        }
        show(details);
    }

    private void refresh() {
        if (practice != null) {
            show(practices.get(practice.id()));
        }
    }

    private void show(PracticeDetails details) {
        practice = details;
        removeAll();
        var groupSlugs = groupSlugs(details);
        add(new ViewToolbar(details.title(), actions(details, groupSlugs)));
        add(new PracticeContent(details, groupSlugs));
        add(new AttachmentList(details.attachments(), null));
        var viewer = CurrentUser.require();
        sections.stream()
                .map(s -> s.create(details, viewer))
                .flatMap(Optional::stream)
                .forEach(this::add);
    }

    private Component[] actions(PracticeDetails details, Map<Long, String> groupSlugs) {
        List<Component> actions = new ArrayList<>();
        if (details.mayEdit()) {
            // a practice in review is not changed until taken back (DD031)
            if (details.status() != PracticeStatus.SUBMITTED) {
                var edit = new Button(
                        getTranslation("practice.edit"),
                        VaadinIcon.EDIT.create(),
                        e -> UI.getCurrent().navigate(PracticeNavigation.editPath(details.id())));
                edit.setId("edit");
                actions.add(edit);
            }
            if (details.status() == PracticeStatus.DRAFT) {
                var publish = new Button(
                        getTranslation("practice.publish"),
                        e -> Actions.attempt(this, () -> editing.publish(details.id()))
                                .ifPresent(status -> {
                                    Toasts.success(
                                            this,
                                            status == PracticeStatus.SUBMITTED
                                                    ? "practice.review.submitted"
                                                    : "practice.published",
                                            details.title());
                                    refresh();
                                }));
                publish.addThemeVariants(ButtonVariant.PRIMARY);
                publish.setId("publish");
                actions.add(publish);
            } else {
                // out of review, or out of the library: back to draft either way
                var key = details.status() == PracticeStatus.SUBMITTED
                        ? "practice.review.withdraw"
                        : "practice.unpublish";
                var unpublish = new Button(
                        getTranslation(key),
                        e -> Actions.confirm(
                                this,
                                getTranslation(key + ".confirm.title", details.title()),
                                getTranslation(key + ".confirm.text"),
                                getTranslation(key),
                                () -> Actions.perform(
                                        this,
                                        () -> editing.unpublish(details.id()),
                                        this::refresh,
                                        "practice.unpublished",
                                        details.title())));
                unpublish.setId("unpublish");
                actions.add(unpublish);
            }
        }
        if (!details.moderation().isEmpty()) {
            // after a delete only admins still see the practice: to the library, where it is gone (or marked)
            actions.add(new ModerationMenu()
                    .actions(
                            moderation,
                            PracticeModeration.TYPE,
                            details.id(),
                            details.moderation(),
                            action -> action == ModerationAction.DELETE
                                    ? () -> UI.getCurrent().navigate(PracticePaths.LIBRARY)
                                    : this::refresh));
        }
        if (details.mayRedact()) {
            var redact = new Button(
                    getTranslation("practice.redaction.open"),
                    VaadinIcon.ERASER.create(),
                    e -> new RedactDialog(redaction, details, this::refresh).open());
            redact.setId("redact");
            actions.add(redact);
        }
        if (details.maySetEvidenceLevel()) {
            var level = new Button(
                    getTranslation("practice.evidence-level.set"),
                    VaadinIcon.CHECK_SQUARE_O.create(),
                    e -> new EvidenceLevelDialog(evidence, details, this::refresh).open());
            level.setId("set-evidence-level");
            actions.add(level);
        }
        // the older texts for those who may edit it; every reader learns when and why it changed
        var history = new Button(
                getTranslation("practice.history"),
                VaadinIcon.CLOCK.create(),
                e -> (details.mayReadHistory()
                                ? new HistoryDialog(practices, details.id(), groupSlugs)
                                : new ChangeReasonsDialog(practices, details))
                        .open());
        history.setId("history");
        actions.add(history);
        var print = new Button(
                getTranslation("practice.print"),
                VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        actions.add(print);
        return actions.toArray(Component[]::new);
    }

    /** Slugs of the sharing groups the viewer may see, to link them; none needed for a practice of the whole network. */
    private Map<Long, String> groupSlugs(PracticeDetails details) {
        if (details.groups().isEmpty()) {
            return Map.of();
        }
        return groups.list().stream()
                .filter(g -> details.groups().containsKey(g.id()))
                .collect(Collectors.toMap(GroupListItem::id, GroupListItem::slug));
    }

    @Override
    public String getPageTitle() {
        return practice != null ? practice.title() : getTranslation("practice.library.title");
    }
}
