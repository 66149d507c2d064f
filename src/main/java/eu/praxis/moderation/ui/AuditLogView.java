package eu.praxis.moderation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupListItem;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonFilter;
import eu.praxis.member.PersonSummary;
import eu.praxis.moderation.AuditEntryItem;
import eu.praxis.moderation.AuditFilter;
import eu.praxis.moderation.AuditService;
import eu.praxis.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.data.domain.PageRequest;

/**
 * The secretariat's audit log: every moderation and administration action, newest first, filtered by group,
 * actor, action and days; the filtered entries download as CSV, streamed from the service.
 */
@Route("admin/audit")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(order = 86, icon = "vaadin:records", title = "audit.menu")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    static final String EXPORT_ID = "audit-export";

    private final transient AuditService audit;
    private final ComboBox<GroupListItem> group = new ComboBox<>();
    private final ComboBox<PersonSummary> actor = new ComboBox<>();
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntryItem> grid = new Grid<>();

    AuditLogView(AuditService audit, GroupDirectory groups, MemberService members) {
        this.audit = audit;
        addClassName("view");
        setSizeFull();
        group.setLabel(getTranslation("audit.filter.group"));
        group.setId("audit-group");
        group.setItems(groups.list());
        group.setItemLabelGenerator(GroupListItem::name);
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setId("audit-actor");
        actor.setItemsPageable((page, text) ->
                members.find(new PersonFilter(null, null, text), page).getContent());
        actor.setItemLabelGenerator(PersonSummary::name);
        action.setLabel(getTranslation("audit.filter.action"));
        action.setId("audit-action");
        action.setItems(audit.actions());
        action.setItemLabelGenerator(this::actionLabel);
        from.setLabel(getTranslation("audit.filter.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.filter.to"));
        to.setId("audit-to");
        group.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        group.setClearButtonVisible(true);
        actor.setClearButtonVisible(true);
        action.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);

        grid.setId("audit-entries");
        // Fixed widths and wrapped cells keep the reason on screen at 1280 px, where auto widths pushed it out.
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(e -> date(e))
                .setHeader(getTranslation("audit.column.at"))
                .setWidth("12rem")
                .setFlexGrow(0);
        grid.addColumn(AuditEntryItem::actorName)
                .setHeader(getTranslation("audit.column.actor"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(e -> e.detail() == null
                        ? actionLabel(e.action())
                        : actionLabel(e.action()) + " (" + e.detail() + ")")
                .setHeader(getTranslation("audit.column.action"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(this::target)
                .setHeader(getTranslation("audit.column.target"))
                .setWidth("8rem")
                .setFlexGrow(2);
        grid.addColumn(e -> e.groupName() == null ? "" : e.groupName())
                .setHeader(getTranslation("audit.column.group"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(e -> e.reason() == null ? "" : e.reason())
                .setHeader(getTranslation("audit.column.reason"))
                .setWidth("8rem")
                .setFlexGrow(3);
        grid.setItemsPageable(page -> audit.find(filter(), PageRequest.of(page.getPageNumber(), page.getPageSize()))
                .getContent());

        var export = new Anchor(csv(), getTranslation("audit.export"));
        export.setId(EXPORT_ID);
        var filters = new Div(group, actor, action, from, to, export);
        filters.addClassName("audit-filters");
        add(new ViewToolbar(getPageTitle()), filters, grid);
    }

    /** The CSV of what the filters select when the link is followed; the service checks the caller again. */
    private DownloadHandler csv() {
        return event -> {
            // The download is its own request: read the filters under the session's lock, like any UI access.
            AuditFilter selected;
            event.getSession().lock();
            try {
                selected = filter();
            } finally {
                event.getSession().unlock();
            }
            event.setFileName("praxis-audit.csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            audit.export(selected, writer);
            writer.flush();
        };
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    AuditFilter filter() {
        var person = actor.getValue();
        var chosenGroup = group.getValue();
        return AuditFilter.ofDays(
                chosenGroup == null ? null : chosenGroup.id(),
                person == null ? null : person.id(),
                action.getValue(),
                from.getValue(),
                to.getValue(),
                ViewerTime.zone());
    }

    /** "Reply in “Street lights”"; the type and id when the target no longer exists. */
    String target(AuditEntryItem entry) {
        return entry.targetName() == null
                ? getTranslation("audit.target.gone", entry.targetType(), String.valueOf(entry.targetId()))
                : getTranslation("audit.target." + entry.targetType(), entry.targetName());
    }

    private String actionLabel(String key) {
        return getTranslation("audit.action." + key);
    }

    private String date(AuditEntryItem entry) {
        return ViewerTime.moment(entry.at());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
