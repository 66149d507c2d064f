package eu.praxis.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.Labels;
import eu.praxis.base.ui.RouteIds;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.base.ui.ViewerTime;
import eu.praxis.event.EventCalendar;
import eu.praxis.event.EventFilter;
import eu.praxis.event.EventListItem;
import eu.praxis.event.EventPaths;
import eu.praxis.group.ui.GroupNavigation;
import eu.praxis.organisation.Countries;
import eu.praxis.organisation.ui.OrganisationNavigation;
import eu.praxis.project.ProjectAdministration;
import eu.praxis.project.ProjectDetails;
import eu.praxis.project.ProjectDirectory;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * A project's page: its facts and description, the partners on a map of Europe and in a list, its timeline of events
 * and its outputs. The secretariat edits it, puts events on the timeline and adds outputs from here.
 */
@Route(ProjectDirectoryView.PATH + "/:" + ProjectView.ID)
@PermitAll
class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    /** A practice's address as the library shows it ({@code .../practices/123/slug}) or its bare number. */
    private static final Pattern PRACTICE_REFERENCE = Pattern.compile("(?:.*/practices/)?(\\d{1,18})(?:[/?#].*)?");

    /** How many events the timeline editor offers: the most recent past ones and the next upcoming ones. */
    private static final int EVENT_CHOICES = 100;

    private final ProjectDirectory projects;
    private final ProjectAdministration administration;
    private final ProjectEditors editors;
    private final EventCalendar calendar;
    private final transient List<ProjectPageSection> sections;
    private @Nullable ProjectDetails project;

    ProjectView(
            ProjectDirectory projects,
            ProjectAdministration administration,
            ProjectEditors editors,
            EventCalendar calendar,
            List<ProjectPageSection> sections) {
        this.projects = projects;
        this.administration = administration;
        this.editors = editors;
        this.calendar = calendar;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(ProjectPageSection::order))
                .toList();
        addClassName("view");
    }

    static RouteParameters parameters(long projectId) {
        return new RouteParameters(ID, Long.toString(projectId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(projects.get(RouteIds.require(event.getRouteParameters(), ID)));
    }

    private void refresh() {
        if (project != null) {
            show(projects.get(project.id()));
        }
    }

    private void show(ProjectDetails details) {
        project = details;
        removeAll();
        var heading = details.acronym() + " — " + details.title();
        if (details.mayAdminister()) {
            var edit = new Button(getTranslation("project.edit"), e -> editors.open(details, id -> refresh()));
            edit.getElement().setAttribute("data-action", "edit-project");
            add(new ViewToolbar(heading, edit));
        } else {
            add(new ViewToolbar(heading));
        }
        var facts = new Div(
                ProjectTexts.status(this, details.status()),
                new Span(details.programme()),
                new Span(ProjectTexts.period(this, details.startsOn(), details.endsOn())));
        if (details.website() != null) {
            var website = new Anchor(details.website(), details.website(), AnchorTarget.BLANK);
            website.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(website);
        }
        facts.addClassName("project-facts");
        var summary = new Paragraph(details.summary());
        summary.addClassName("project-summary");
        add(facts, summary, new Html("<div class=\"post-body\">" + details.descriptionHtml() + "</div>"));
        add(partners(details), timeline(details), outputs(details));
        sections.stream()
                .map(section -> section.create(details.id()))
                .flatMap(Optional::stream)
                .forEach(this::add);
        var team = details.team();
        if (team != null) {
            var section = section("project-team", "project.team");
            section.add(new Paragraph(
                    new Span(getTranslation("project.team.intro") + " "),
                    GroupNavigation.linkTo(team.slug(), team.name())));
            add(section);
        }
        if (!details.themes().isEmpty() || !details.groups().isEmpty()) {
            var tags = new Div();
            tags.addClassName("project-tags");
            details.themes().forEach(t -> tags.add(Labels.tag(t.name(getLocale()))));
            details.groups().values().forEach(name -> tags.add(Labels.tag(name)));
            add(tags);
        }
    }

    private Section partners(ProjectDetails details) {
        var section = section("project-partners", "project.partners");
        var located = details.partners().stream().filter(p -> p.point() != null).count();
        var list = new UnorderedList();
        for (var partner : details.partners()) {
            var where = (partner.city() == null ? "" : partner.city() + ", ")
                    + Countries.name(partner.country(), getLocale());
            list.add(new ListItem(
                    OrganisationNavigation.linkTo(partner.organisationId(), partner.name()),
                    new Span(" · " + where + " · "),
                    new Span(getTranslation("project.role." + partner.role()))));
        }
        var note = new Paragraph(getTranslation(
                "project.partners.on-map", located, details.partners().size()));
        note.addClassName("muted");
        var credit = new Paragraph(getTranslation("project.map.credit"));
        credit.addClassNames("muted", "project-map-credit");
        var map = PartnerMap.of(getTranslation("project.map.label", details.acronym()), details.partners());
        var layout = new Div(map, new Div(list, note, credit));
        layout.addClassName("project-partner-layout");
        section.add(layout);
        return section;
    }

    private Section timeline(ProjectDetails details) {
        var section = section("project-timeline", "project.timeline");
        if (details.timeline().isEmpty()) {
            section.add(Labels.muted(this, "project.timeline.empty"));
        }
        var list = new UnorderedList();
        for (var event : details.timeline()) {
            var item = new ListItem(
                    new Span(ViewerTime.date(event.startsAt()) + " · "),
                    new Anchor(EventPaths.event(event.id()), event.title()),
                    new Span(" · " + getTranslation("event.kind." + event.kind())));
            if (details.mayAdminister()) {
                item.add(smallButton(
                        "project.timeline.remove", () -> administration.placeEvent(details.id(), event.id(), false)));
            }
            list.add(item);
        }
        section.add(list);
        if (details.mayAdminister()) {
            section.add(eventPicker(details));
        }
        return section;
    }

    private Section outputs(ProjectDetails details) {
        var section = section("project-outputs", "project.outputs");
        if (details.outputs().isEmpty() && details.outputsNotShown() == 0) {
            section.add(Labels.muted(this, "project.outputs.empty"));
        }
        var list = new UnorderedList();
        for (var output : details.outputs()) {
            var item = new ListItem(new Anchor(output.path(), output.title()));
            for (var file : output.files()) {
                var download = new Anchor(file.downloadPath(), file.fileName());
                download.addClassName("project-output-file");
                download.getElement().setAttribute("download", "");
                item.add(new Text(" · "), download);
            }
            if (details.mayAdminister()) {
                item.add(smallButton(
                        "project.outputs.remove",
                        () -> administration.removeOutput(details.id(), output.practiceId())));
            }
            list.add(item);
        }
        section.add(list);
        if (details.outputsNotShown() > 0) {
            section.add(Labels.muted(this, "project.outputs.not-shown", details.outputsNotShown()));
        }
        if (details.mayAdminister()) {
            section.add(outputForm(details));
        }
        return section;
    }

    /** The events the secretariat may put on the timeline: recent and coming ones not on it yet. */
    private Component eventPicker(ProjectDetails details) {
        var choices = new java.util.ArrayList<EventListItem>();
        choices.addAll(calendar.upcoming(EventFilter.any(), PageRequest.of(0, EVENT_CHOICES))
                .getContent());
        choices.addAll(calendar.past(EventFilter.any(), PageRequest.of(0, EVENT_CHOICES))
                .getContent());
        var onTimeline = details.timeline().stream().map(EventListItem::id).toList();
        choices.removeIf(e -> onTimeline.contains(e.id()));
        var picker = new ComboBox<EventListItem>(getTranslation("project.timeline.event"));
        picker.setItems(choices);
        picker.setItemLabelGenerator(e -> ViewerTime.date(e.startsAt()) + " · " + e.title());
        picker.setWidth("28em");
        var add = new Button(getTranslation("project.timeline.add"), e -> {
            var chosen = picker.getValue();
            if (chosen != null) {
                Actions.perform(
                        this,
                        () -> administration.placeEvent(details.id(), chosen.id(), true),
                        this::refresh,
                        "project.saved");
            }
        });
        add.getElement().setAttribute("data-action", "add-event");
        var form = new Div(picker, add);
        form.addClassName("project-inline-form");
        return form;
    }

    private Component outputForm(ProjectDetails details) {
        var reference = new TextField(getTranslation("project.outputs.practice"));
        reference.setWidth("28em");
        var add = new Button(
                getTranslation("project.outputs.add"),
                e -> Actions.perform(
                        this,
                        () -> administration.addOutput(details.id(), practiceId(reference.getValue())),
                        () -> {
                            reference.clear();
                            refresh();
                        },
                        "project.saved"));
        add.getElement().setAttribute("data-action", "add-output");
        var form = new Div(reference, add);
        form.addClassName("project-inline-form");
        return form;
    }

    private static long practiceId(String reference) {
        var matcher = PRACTICE_REFERENCE.matcher(reference.strip());
        if (!matcher.matches()) {
            throw new UserFacingException("project.error.practice-address");
        }
        return Long.parseLong(matcher.group(1));
    }

    private Button smallButton(String key, Runnable action) {
        var button =
                new Button(getTranslation(key), e -> Actions.perform(this, action, this::refresh, "project.saved"));
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return button;
    }

    private Section section(String id, String titleKey) {
        var section = new Section(new H2(getTranslation(titleKey)));
        section.setId(id);
        section.setWidthFull();
        return section;
    }

    @Override
    public String getPageTitle() {
        return project == null ? "" : Objects.requireNonNull(project).acronym();
    }
}
