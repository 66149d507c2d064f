package eu.praxis.demo;

import eu.praxis.event.EventDraft;
import eu.praxis.event.EventKind;
import eu.praxis.event.EventScheduling;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupListItem;
import eu.praxis.practice.ThemeItem;
import eu.praxis.practice.ThemeService;
import eu.praxis.project.PartnerRole;
import eu.praxis.project.ProjectAdministration;
import eu.praxis.project.ProjectDraft;
import eu.praxis.project.ProjectPartner;
import eu.praxis.project.ProjectStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Six European projects of the demo network, run by the secretariat with the demo cities: two closed ones with their
 * outputs, three running, one in preparation; each with a timeline of meetings around today. Loaded by
 * {@link DemoData} as the secretariat.
 */
@Component
class DemoProjects {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final ProjectAdministration projects;
    private final EventScheduling events;
    private final ThemeService themes;
    private final GroupDirectory groups;

    DemoProjects(ProjectAdministration projects, EventScheduling events, ThemeService themes, GroupDirectory groups) {
        this.projects = projects;
        this.events = events;
        this.themes = themes;
        this.groups = groups;
    }

    /** One partner of a demo project: the organisation's key in {@link DemoData} and its role. */
    private record Partner(String organisation, PartnerRole role) {}

    /** A meeting on a project's timeline, {@code months} from today (negative: in the past). */
    private record Meeting(EventKind kind, String title, int months, String place) {}

    private record Demo(
            String acronym,
            String title,
            String programme,
            int startYear,
            int endYear,
            ProjectStatus status,
            String summary,
            String description,
            List<Partner> partners,
            List<String> themes,
            List<String> groups,
            List<Meeting> meetings,
            List<String> outputs) {}

    private static Partner lead(String key) {
        return new Partner(key, PartnerRole.LEAD);
    }

    private static Partner partner(String key) {
        return new Partner(key, PartnerRole.PARTNER);
    }

    private static final List<Demo> PROJECTS = List.of(
            new Demo(
                    "SOLIDIFY",
                    "Strengthening local responses to organised crime through administrative measures",
                    "Internal Security Fund – Police (ISF-P)",
                    2021,
                    2023,
                    ProjectStatus.CLOSED,
                    "Five cities tested the administrative approach to organised crime: screening permits, closing "
                            + "front businesses and sharing information with prosecutors within the law.",
                    """
                    SOLIDIFY brought together cities that had begun to use **administrative law** against organised
                    crime and cities that wanted to start.

                    - a barrier model for permits and subsidies;
                    - joint training of municipal staff with prosecutors;
                    - a guidebook of the legal bases in five countries.
                    """,
                    List.of(
                            lead("amsterdam"),
                            partner("rotterdam"),
                            partner("essen"),
                            partner("piraeus"),
                            new Partner("fesu-nl", PartnerRole.ASSOCIATED),
                            new Partner("secretariat", PartnerRole.PARTNER)),
                    List.of("organised-crime", "public-space"),
                    List.of("Organised crime"),
                    List.of(
                            new Meeting(EventKind.COORDINATION_MEETING, "SOLIDIFY kick-off meeting", -40, "Amsterdam"),
                            new Meeting(
                                    EventKind.STUDY_VISIT,
                                    "SOLIDIFY study visit: closing a shop cluster",
                                    -32,
                                    "Rotterdam"),
                            new Meeting(EventKind.CONFERENCE, "SOLIDIFY final conference", -26, "Brussels")),
                    List.of(
                            "amsterdam-administrative-approach-organised-crime",
                            "rotterdam-closing-shop-cluster",
                            "fesu-nl-resilient-local-officials")),
            new Demo(
                    "LOUD",
                    "Local responses to noise, alcohol and violence in nightlife districts",
                    "Erasmus+",
                    2020,
                    2022,
                    ProjectStatus.CLOSED,
                    "Night mayors, mediators and police compared how to keep nightlife districts lively and safe.",
                    "LOUD produced a **toolkit for night mediation** and a charter for harassment-free venues.",
                    List.of(
                            lead("lyon"),
                            partner("barcelona"),
                            partner("amsterdam"),
                            partner("ljubljana"),
                            new Partner("malaga", PartnerRole.PILOT_CITY)),
                    List.of("nightlife", "public-space"),
                    List.of("Nightlife"),
                    List.of(
                            new Meeting(EventKind.COORDINATION_MEETING, "LOUD partners' meeting", -50, "Lyon"),
                            new Meeting(
                                    EventKind.CONFERENCE,
                                    "LOUD final conference: nights for everyone",
                                    -36,
                                    "Barcelona")),
                    List.of(
                            "lyon-mediateurs-de-nuit",
                            "barcelona-mediadores-noche",
                            "ljubljana-harassment-free-nightlife")),
            new Demo(
                    "PREPARE",
                    "Preventing radicalisation through local prevention networks",
                    "Internal Security Fund – Police (ISF-P)",
                    2024,
                    2026,
                    ProjectStatus.RUNNING,
                    "Local prevention networks in six cities train front-line workers and test exit programmes.",
                    """
                    PREPARE builds on the cities' **local prevention cells**: a common training for front-line
                    workers, peer reviews between cities and an evaluation of exit support.
                    """,
                    List.of(
                            lead("nice"),
                            partner("augsburg"),
                            partner("leuven"),
                            partner("rotterdam"),
                            partner("genk"),
                            new Partner("research", PartnerRole.ASSOCIATED)),
                    List.of("polarisation-radicalisation", "youth"),
                    List.of("Polarisation & radicalisation"),
                    List.of(
                            new Meeting(EventKind.COORDINATION_MEETING, "PREPARE steering committee", -4, "Nice"),
                            new Meeting(EventKind.WEBCONFERENCE, "PREPARE webinar: peer review method", 1, "Online"),
                            new Meeting(
                                    EventKind.STUDY_VISIT,
                                    "PREPARE study visit to Leuven's restorative city",
                                    3,
                                    "Leuven")),
                    List.of("leuven-restorative-city")),
            new Demo(
                    "MATCH-SPORT",
                    "Sport as a lever for inclusion and the prevention of violence among young people",
                    "Erasmus+ Sport",
                    2025,
                    2027,
                    ProjectStatus.RUNNING,
                    "Street football leagues, midnight sports halls and fan work, compared and passed on between cities.",
                    "MATCH-SPORT pairs cities with long-standing programmes and cities starting one.",
                    List.of(
                            lead("malmo"),
                            partner("genk"),
                            partner("montreuil"),
                            partner("kassel"),
                            new Partner("loano", PartnerRole.PILOT_CITY),
                            new Partner("emilia", PartnerRole.HOST)),
                    List.of("sport-inclusion", "youth"),
                    List.of("Sport & inclusion"),
                    List.of(
                            new Meeting(EventKind.COORDINATION_MEETING, "MATCH-SPORT kick-off", -8, "Malmö"),
                            new Meeting(
                                    EventKind.STUDY_VISIT, "MATCH-SPORT study visit: palestre popolari", 2, "Bologna")),
                    List.of()),
            new Demo(
                    "BRIDGE",
                    "Bridging harm reduction and public order around city-centre stations",
                    "EU4Health",
                    2025,
                    2028,
                    ProjectStatus.RUNNING,
                    "Cities with open drug scenes near their stations bring outreach, health services and police together.",
                    "BRIDGE works on **shared protocols** between outreach workers, health services and police.",
                    List.of(lead("liege"), partner("essen"), partner("lisbon"), partner("vienna"), partner("brussels")),
                    List.of("drugs-harm-reduction", "public-space"),
                    List.of("Drugs & harm reduction"),
                    List.of(
                            new Meeting(EventKind.COORDINATION_MEETING, "BRIDGE partners' meeting", -2, "Liège"),
                            new Meeting(EventKind.WEBCONFERENCE, "BRIDGE webconference: drug checking", 1, "Online")),
                    List.of()),
            new Demo(
                    "CITYSHIELD",
                    "Municipal cybersecurity and the protection of residents online",
                    "Digital Europe",
                    2027,
                    2029,
                    ProjectStatus.IN_PREPARATION,
                    "A proposal in preparation: cities as first responders for residents' online safety.",
                    "The consortium is being formed; cities interested can write to the secretariat.",
                    List.of(lead("helsinki"), partner("riga"), partner("gdansk"), partner("turin")),
                    List.of("cybersecurity", "video-surveillance-technology"),
                    List.of("Security & innovation"),
                    List.of(new Meeting(EventKind.WEBCONFERENCE, "CITYSHIELD proposal webconference", 1, "Online")),
                    List.of()));

    /**
     * @param organisations the demo organisations' ids by key
     * @param practices the imported demo practices' ids by external id
     * @return the number of projects created
     */
    int load(Map<String, Long> organisations, Map<String, Long> practices) {
        var themeIds = themes.list().stream().collect(Collectors.toMap(ThemeItem::code, ThemeItem::id));
        var groupIds = groups.list().stream().collect(Collectors.toMap(GroupListItem::name, GroupListItem::id));
        var today = LocalDate.now(BRUSSELS);
        for (var demo : PROJECTS) {
            var id = projects.create(new ProjectDraft(
                    demo.acronym(),
                    demo.title(),
                    demo.programme(),
                    LocalDate.of(demo.startYear(), 1, 1),
                    LocalDate.of(demo.endYear(), 12, 31),
                    demo.status(),
                    demo.summary(),
                    demo.description(),
                    "https://praxis.example/projects/" + demo.acronym().toLowerCase(java.util.Locale.ROOT),
                    demo.partners().stream()
                            .map(p -> new ProjectPartner(organisations.get(p.organisation()), p.role()))
                            .toList(),
                    demo.themes().stream().map(themeIds::get).collect(Collectors.toSet()),
                    demo.groups().stream().map(groupIds::get).collect(Collectors.toSet())));
            for (var meeting : demo.meetings()) {
                var day = today.plusMonths(meeting.months()).withDayOfMonth(12);
                var online = meeting.kind() == EventKind.WEBCONFERENCE;
                var eventId = events.create(new EventDraft(
                        meeting.kind(),
                        meeting.title(),
                        "Part of the " + demo.acronym() + " project.",
                        LocalDateTime.of(day, java.time.LocalTime.of(10, 0)),
                        LocalDateTime.of(day, java.time.LocalTime.of(online ? 12 : 17, 0)),
                        BRUSSELS,
                        online ? null : meeting.place(),
                        online
                                ? "https://meet.praxis.example/"
                                        + demo.acronym().toLowerCase(java.util.Locale.ROOT)
                                : null,
                        null,
                        Set.of(),
                        false,
                        null,
                        null));
                projects.placeEvent(id, eventId, true);
            }
            for (var output : demo.outputs()) {
                projects.addOutput(id, practices.get(output));
            }
        }
        return PROJECTS.size();
    }
}
