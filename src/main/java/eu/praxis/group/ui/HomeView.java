package eu.praxis.group.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import eu.praxis.base.ui.ViewToolbar;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupListItem;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.NewestMember;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The home page: first what is for the person now, as other features contribute it ({@link HomePageSection}: the
 * coming events, the calls closing soon, the newest practices), then their working groups: those they are in, those
 * they may join, and who joined them lately. Researchers join no group; they are pointed to the groups opened to them.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "group.home.menu")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final int NEWEST_MEMBERS = 8;
    private static final String MY_GROUPS = "my-groups";

    private final GroupDirectory groups;
    private final GroupMembership membership;
    private final Clock clock;
    private final Div sections = new Div();

    HomeView(GroupDirectory groups, GroupMembership membership, Clock clock, List<HomePageSection> forYou) {
        this.groups = groups;
        this.membership = membership;
        this.clock = clock;
        addClassName("view");
        var name = CurrentUser.get().map(PraxisUser::displayName).orElse("");
        sections.setWidthFull();
        var feed = new Div();
        feed.setId("for-you");
        feed.addClassName("home-for-you");
        forYou.stream()
                .sorted(Comparator.comparingInt(HomePageSection::order))
                .map(HomePageSection::create)
                .flatMap(Optional::stream)
                .forEach(feed::add);
        add(new ViewToolbar(getTranslation("group.home.greeting", name)), feed, sections);
        refresh();
    }

    private void refresh() {
        sections.removeAll();
        if (CurrentUser.require().isResearcher()) {
            sections.add(
                    new ListSection(
                                    getTranslation("group.home.mine"),
                                    ListSection.CARDS,
                                    List.of(),
                                    getTranslation("group.home.mine.researcher"))
                            .withId(MY_GROUPS),
                    allGroupsLink());
            return;
        }
        var all = groups.list();
        var mine = all.stream()
                .filter(GroupListItem::iAmMember)
                .map(g -> (Component) new GroupCard(g, false, null))
                .toList();
        var joinable = all.stream()
                .filter(GroupListItem::mayJoin)
                .map(g -> (Component) GroupCard.withMembershipButton(g, membership, this::refresh))
                .toList();
        var newest = groups.newestMembersOfMyGroups(NEWEST_MEMBERS).stream()
                .map(this::newestMember)
                .toList();
        sections.add(
                new ListSection(
                                getTranslation("group.home.mine"),
                                ListSection.CARDS,
                                mine,
                                getTranslation("group.home.mine.empty"))
                        .withId(MY_GROUPS),
                new ListSection(
                                getTranslation("group.home.joinable"),
                                ListSection.CARDS,
                                joinable,
                                getTranslation("group.home.joinable.empty"))
                        .withId("groups-to-join"),
                allGroupsLink(),
                new ListSection(
                                getTranslation("group.home.newest"),
                                ListSection.LINES,
                                newest,
                                getTranslation("group.home.newest.empty"))
                        .withId("newest-members"));
    }

    private Component allGroupsLink() {
        return new Div(new RouterLink(getTranslation("group.home.all-groups"), GroupListView.class));
    }

    private Component newestMember(NewestMember member) {
        var joined = new Span(" · " + getTranslation("group.home.joined", since(member.since())));
        joined.addClassName("muted");
        return new PersonLine(member.person(), GroupNavigation.linkTo(member.groupSlug(), member.groupName()), joined);
    }

    /** "today", "3 days ago", … and the date itself after a year. */
    private String since(Instant instant) {
        var days = Duration.between(instant, clock.instant()).toDays();
        if (days < 1) {
            return getTranslation("group.since.today");
        } else if (days < 2) {
            return getTranslation("group.since.yesterday");
        } else if (days < 14) {
            return getTranslation("group.since.days", days);
        } else if (days < 60) {
            return getTranslation("group.since.weeks", days / 7);
        } else if (days < 365) {
            return getTranslation("group.since.months", days / 30);
        }
        var date = LocalDate.ofInstant(instant, clock.getZone());
        return getTranslation(
                "group.since.date",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(getLocale())
                        .format(date));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("group.home.title");
    }
}
