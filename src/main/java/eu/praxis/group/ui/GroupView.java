package eu.praxis.group.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.ui.Actions;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.content.ui.ReasonDialog;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDetails;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.member.MemberService;
import eu.praxis.member.PersonFilter;
import eu.praxis.member.PersonStatus;
import eu.praxis.member.PersonSummary;
import eu.praxis.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A working group's page: what it is about, how one joins, its leads and members. Its leads (and the
 * secretariat) manage members: admit or decline requests (with a message to the person), add and
 * remove members and decide whether its publications are reviewed (DD031); the secretariat also archives it, opens it to researchers, appoints leads and
 * removes them. Buttons follow the {@code may...} flags of {@link GroupDetails}; the service checks again.
 */
@Route("groups/:" + GroupView.SLUG)
@PermitAll
class GroupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String SLUG = "slug";

    private final GroupDirectory groups;
    private final GroupMembership membership;
    private final GroupAdministration administration;
    private final MemberService people;
    private final List<GroupPageSection> sections;
    private @Nullable GroupDetails group;

    GroupView(
            GroupDirectory groups,
            GroupMembership membership,
            GroupAdministration administration,
            MemberService people,
            List<GroupPageSection> sections) {
        this.groups = groups;
        this.membership = membership;
        this.administration = administration;
        this.people = people;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(GroupPageSection::order))
                .toList();
        addClassName("view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var slug = event.getRouteParameters().get(SLUG).orElseThrow(NotFoundException::new);
        show(groups.get(slug));
    }

    private void refresh() {
        if (group != null) {
            show(groups.get(group.slug()));
        }
    }

    private void show(GroupDetails details) {
        group = details;
        removeAll();
        add(new ViewToolbar(details.name(), toolbarActions(details)));
        add(new GroupBadges()
                .policy(details.joinPolicy())
                .membership(details.myStatus(), viewerLeads(details))
                .researchers(details.visibleToResearchers())
                .reviewed(details.reviewsPublications())
                .archived(details.archived()));
        var about = new Div();
        about.addClassNames("prose");
        if (!details.description().isBlank()) {
            var description = new Paragraph(details.description());
            description.addClassName("group-description");
            about.add(description);
        }
        about.add(muted(getTranslation("group.policy." + details.joinPolicy().name() + ".help") + " "
                + getTranslation(
                        details.visibleToResearchers()
                                ? "group.researchers.visible.help"
                                : "group.researchers.hidden.help")
                + (details.reviewsPublications() ? " " + getTranslation("group.review.on.help") : "")));
        if (details.archived()) {
            about.add(muted(getTranslation("group.view.archived-note")));
        }
        add(about);
        sections.stream()
                .map(s -> s.create(details.id()))
                .flatMap(Optional::stream)
                .forEach(this::add);

        if (details.mayManageMembers()) {
            add(new ListSection(
                            getTranslation("group.view.requests"),
                            ListSection.LINES,
                            details.pending().stream()
                                    .map(p -> request(details, p))
                                    .toList(),
                            getTranslation("group.view.requests.empty"))
                    .withId("requests"));
        }
        add(new ListSection(
                        getTranslation("group.view.leads"),
                        ListSection.LINES,
                        details.leads().stream().map(p -> lead(details, p)).toList(),
                        getTranslation("group.view.leads.empty"))
                .withId("leads"));
        add(new ListSection(
                        getTranslation("group.view.members"),
                        ListSection.LINES,
                        details.members().stream().map(p -> member(details, p)).toList(),
                        getTranslation("group.view.members.empty"))
                .withId("members"));
        if (details.mayManageMembers()) {
            add(addMember(details));
        }
        if (details.mayAdminister() && !details.members().isEmpty()) {
            add(appointLead(details));
        }
    }

    private Component[] toolbarActions(GroupDetails details) {
        List<Component> actions = new ArrayList<>();
        MembershipButton.of(details, membership, this::refresh).ifPresent(actions::add);
        if (details.mayManageMembers()) {
            actions.add(reviewButton(details));
        }
        if (details.mayAdminister()) {
            actions.add(researchersButton(details));
            actions.add(details.archived() ? unarchiveButton(details) : archiveButton(details));
        }
        return actions.toArray(Component[]::new);
    }

    private Button archiveButton(GroupDetails details) {
        return new Button(
                getTranslation("group.view.archive"),
                e -> Actions.confirm(
                        this,
                        getTranslation("group.archive.confirm.title", details.name()),
                        getTranslation("group.archive.confirm.text"),
                        getTranslation("group.view.archive"),
                        () -> Actions.perform(
                                this,
                                () -> administration.archive(details.id()),
                                this::refresh,
                                "group.archived.done",
                                details.name())));
    }

    /** Opens the group's content to researchers, or closes it; asked first, as it concerns everything written there. */
    private Button researchersButton(GroupDetails details) {
        var open = !details.visibleToResearchers();
        return switchButton(
                details,
                open ? "group.view.researchers.open" : "group.view.researchers.close",
                () -> administration.setVisibleToResearchers(details.id(), open),
                open ? "group.researchers.opened" : "group.researchers.closed",
                "researchers");
    }

    /** Switches the review of publications (DD031); asked first, as it changes how members publish. */
    private Button reviewButton(GroupDetails details) {
        var on = !details.reviewsPublications();
        return switchButton(
                details,
                on ? "group.view.review.on" : "group.view.review.off",
                () -> administration.setReviewsPublications(details.id(), on),
                on ? "group.review.switched-on" : "group.review.switched-off",
                "review");
    }

    /**
     * A setting of the group switched after a question: {@code key} labels the button and the question, whose text is
     * {@code key.confirm}; {@code doneKey} confirms it with the group's name.
     */
    private Button switchButton(GroupDetails details, String key, Runnable change, String doneKey, String dataAction) {
        var button = new Button(
                getTranslation(key),
                e -> Actions.confirm(
                        this,
                        getTranslation(key),
                        getTranslation(key + ".confirm"),
                        getTranslation(key),
                        () -> Actions.perform(this, change, this::refresh, doneKey, details.name())));
        button.getElement().setAttribute("data-action", dataAction);
        return button;
    }

    private Button unarchiveButton(GroupDetails details) {
        return new Button(
                getTranslation("group.view.unarchive"),
                e -> Actions.perform(
                        this,
                        () -> administration.unarchive(details.id()),
                        this::refresh,
                        "group.unarchived.done",
                        details.name()));
    }

    private Component request(GroupDetails details, PersonSummary person) {
        var admit = smallButton(
                "group.view.admit",
                () -> Actions.perform(
                        this,
                        () -> membership.admit(details.id(), person.id()),
                        this::refresh,
                        "group.admitted",
                        person.name()));
        admit.addThemeVariants(ButtonVariant.PRIMARY);
        var decline = smallButton(
                "group.view.decline",
                () -> new ReasonDialog(
                                getTranslation("group.decline.title", person.name()),
                                getTranslation("group.decline.message"),
                                getTranslation("group.view.decline"),
                                false,
                                message -> membership.decline(details.id(), person.id(), message),
                                this::refresh,
                                "group.declined",
                                person.name())
                        .open());
        decline.getElement().setAttribute("data-action", "decline");
        return new PersonLine(person, admit, decline);
    }

    /** Members (not leads) are removed by those who manage members. */
    private Component member(GroupDetails details, PersonSummary person) {
        if (!details.mayManageMembers()) {
            return new PersonLine(person);
        }
        return new PersonLine(person, removeButton(details, person));
    }

    private Button removeButton(GroupDetails details, PersonSummary person) {
        var remove = smallButton(
                "group.view.remove-member",
                () -> Actions.confirm(
                        this,
                        getTranslation("group.remove.confirm.title", person.name(), details.name()),
                        getTranslation("group.remove.confirm.text"),
                        getTranslation("group.view.remove-member"),
                        () -> Actions.perform(
                                this,
                                () -> membership.removeMember(details.id(), person.id()),
                                this::refresh,
                                "group.member.removed",
                                person.name())));
        remove.getElement().setAttribute("data-action", "remove-member");
        return remove;
    }

    private Component lead(GroupDetails details, PersonSummary person) {
        if (!details.mayAdminister()) {
            return new PersonLine(person);
        }
        var demote = smallButton(
                "group.view.remove-lead",
                () -> Actions.perform(
                        this,
                        () -> administration.removeLead(details.id(), person.id()),
                        this::refresh,
                        "group.lead.removed",
                        person.name()));
        return details.mayManageMembers()
                ? new PersonLine(person, demote, removeButton(details, person))
                : new PersonLine(person, demote);
    }

    /** The secretariat picks one of the group's members as a lead. */
    private Component appointLead(GroupDetails details) {
        var member = new ComboBox<PersonSummary>(getTranslation("group.view.appoint-lead.person"));
        member.setItems(details.members());
        return personPicker(
                "group.view.appoint-lead",
                member,
                person -> Actions.perform(
                        this,
                        () -> administration.appointLead(details.id(), person.id()),
                        this::refresh,
                        "group.lead.appointed",
                        person.name()));
    }

    /**
     * Leads and the secretariat add anyone active directly: the way into invite-only groups. The list is
     * not narrowed down (a page of people cannot be filtered afterwards); the service refuses researchers
     * and people already in the group.
     */
    private Component addMember(GroupDetails details) {
        var person = new ComboBox<PersonSummary>(getTranslation("group.view.add-member.person"));
        person.setItemsPageable((page, text) -> people.find(new PersonFilter(null, PersonStatus.ACTIVE, text), page)
                .getContent());
        return personPicker(
                "group.view.add-member",
                person,
                p -> Actions.perform(
                        this,
                        () -> membership.addMember(details.id(), p.id()),
                        this::refresh,
                        "group.admitted",
                        p.name()));
    }

    /** A titled row with a person box and a button that acts on the chosen person. */
    private Component personPicker(String titleKey, ComboBox<PersonSummary> person, Consumer<PersonSummary> action) {
        person.setItemLabelGenerator(p -> p.name() + " · " + p.organisationName());
        person.setWidth("24rem");
        var button = new Button(getTranslation(titleKey), e -> {
            var chosen = person.getValue();
            if (chosen != null) {
                action.accept(chosen);
            }
        });
        button.setEnabled(false);
        person.addValueChangeListener(e -> button.setEnabled(e.getValue() != null));
        var row = new Div(person, button);
        row.addClassName("group-picker");
        var section = new Section(new H2(getTranslation(titleKey)), row);
        section.addClassName("group-section");
        return section;
    }

    private Button smallButton(String key, Runnable action) {
        var button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }

    private static Paragraph muted(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("muted");
        return paragraph;
    }

    /** The details list leads apart from members; the viewer leads if they are among them. */
    private static boolean viewerLeads(GroupDetails details) {
        var me = CurrentUser.require().personId();
        return details.leads().stream().anyMatch(p -> p.id() == me);
    }

    @Override
    public String getPageTitle() {
        return group != null ? group.name() : getTranslation("group.list.title");
    }
}
