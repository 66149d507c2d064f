package eu.praxis.project;

import static eu.praxis.TestLogins.as;
import static eu.praxis.practice.PracticeFixtures.sheet;
import static eu.praxis.project.ProjectFixtures.acronym;
import static eu.praxis.project.ProjectFixtures.city;
import static eu.praxis.project.ProjectFixtures.draft;
import static eu.praxis.project.ProjectFixtures.lead;
import static eu.praxis.project.ProjectFixtures.partner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.base.AuditedAction;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.call.CallFixtures;
import eu.praxis.event.EventFixtures;
import eu.praxis.event.EventKind;
import eu.praxis.event.EventScheduling;
import eu.praxis.group.GroupFixtures;
import eu.praxis.group.JoinPolicy;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeFixtures;
import eu.praxis.practice.ThemeService;
import eu.praxis.security.Role;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Projects as the secretariat runs them and everyone reads them; what the editor refuses. */
@IntegrationTest
@RecordApplicationEvents
class ProjectServiceTest {

    @Autowired
    ProjectDirectory directory;

    @Autowired
    ProjectAdministration administration;

    @Autowired
    OrganisationService organisations;

    @Autowired
    EventScheduling events;

    @Autowired
    PracticeEditing practices;

    @Autowired
    ThemeService themes;

    @Autowired
    TestPeople people;

    @Autowired
    GroupFixtures groups;

    @Autowired
    ApplicationEvents published;

    long liege;
    long riga;
    long nowhere;
    long member;
    long researcher;

    @BeforeEach
    void cities() {
        liege = city(organisations, "City of Liège", "BE", "Liège");
        riga = city(organisations, "Riga City Council", "LV", "Riga");
        nowhere = city(organisations, "Tiny village", "FR", "Saint-Nulle-Part-sur-Mer");
        member = people.person(riga, Role.MEMBER);
        researcher = people.person(riga, Role.RESEARCHER);
    }

    @Test
    void the_secretariat_creates_a_project_that_everyone_reads_with_its_partners_on_the_map() {
        var theme = as(member, Role.MEMBER, () -> themes.list()).getFirst();
        var acronym = acronym("LOUD");
        var draft = new ProjectDraft(
                "  " + acronym + " ",
                "Local responses to nightlife",
                "Erasmus+",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31),
                ProjectStatus.RUNNING,
                "Cities compare night mediation.",
                "A **toolkit**.",
                "https://example.org/loud",
                List.of(partner(riga), lead(liege), partner(nowhere)),
                Set.of(theme.id()),
                Set.of());
        var id = as(0, Role.ADMIN, () -> administration.create(draft));

        for (var reader : List.of(member, researcher)) {
            var page = as(reader, reader == member ? Role.MEMBER : Role.RESEARCHER, () -> directory.get(id));
            assertThat(page.acronym()).as("trimmed").isEqualTo(acronym);
            assertThat(page.descriptionHtml()).contains("<strong>toolkit</strong>");
            assertThat(page.partners())
                    .extracting(PartnerItem::organisationId)
                    .as("the lead first")
                    .containsExactly(liege, riga, nowhere);
            assertThat(page.partners().get(0).point()).isNotNull();
            assertThat(page.partners().get(1).point()).isNotNull();
            assertThat(page.partners().get(2).point())
                    .as("a village the gazetteer does not know")
                    .isNull();
            assertThat(page.themes()).extracting(t -> t.id()).containsExactly(theme.id());
            assertThat(page.mayAdminister()).isFalse();
        }
        assertThat(as(0, Role.ADMIN, () -> directory.get(id)).mayAdminister()).isTrue();
        assertThat(published.stream(AuditedAction.class).filter(a -> a.action().equals("project.create")))
                .singleElement()
                .satisfies(a -> assertThat(a.targetId()).isEqualTo(id));
    }

    @Test
    void the_partners_people_discuss_the_project_in_the_group_of_its_team() {
        var id = as(
                0,
                Role.ADMIN,
                () -> administration.create(draft(acronym("TEAM"), ProjectStatus.RUNNING, List.of(lead(riga)))));
        var team = as(member, Role.MEMBER, () -> directory.get(id)).team();
        assertThat(team).isNotNull();
        assertThat(team.iAmMember()).as("a member of the lead organisation").isTrue();
        var liegeMember = people.person(liege, Role.MEMBER);
        assertThat(as(liegeMember, Role.MEMBER, () -> directory.get(id)).team())
                .as("not a partner yet: the invite-only group is not theirs")
                .satisfiesAnyOf(
                        t -> assertThat(t).isNull(),
                        t -> assertThat(t.iAmMember()).isFalse());

        var opened = as(0, Role.ADMIN, () -> directory.get(id));
        var withLiege = new ProjectDraft(
                opened.draft().acronym(),
                opened.draft().title(),
                opened.draft().programme(),
                opened.draft().startsOn(),
                opened.draft().endsOn(),
                opened.draft().status(),
                opened.draft().summary(),
                opened.draft().description(),
                opened.draft().website(),
                List.of(lead(riga), partner(liege)),
                opened.draft().themeIds(),
                opened.draft().groupIds());
        as(0, Role.ADMIN, () -> administration.update(id, withLiege, opened.version()));

        assertThat(as(liegeMember, Role.MEMBER, () -> directory.get(id)).team().iAmMember())
                .as("a partner added later brings its people")
                .isTrue();
        assertThat(as(researcher, Role.RESEARCHER, () -> directory.get(id)).team())
                .as("researchers read groups but are never members")
                .satisfiesAnyOf(
                        t -> assertThat(t).isNull(),
                        t -> assertThat(t.iAmMember()).isFalse());
    }

    @Test
    void only_the_secretariat_changes_projects() {
        var id = as(
                0,
                Role.ADMIN,
                () -> administration.create(draft(acronym("P"), ProjectStatus.RUNNING, List.of(lead(liege)))));
        assertThatThrownBy(() -> as(
                        member,
                        Role.MEMBER,
                        () -> administration.create(draft(acronym("Q"), ProjectStatus.RUNNING, List.of(lead(riga))))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(researcher, Role.RESEARCHER, () -> administration.removeOutput(id, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(member, Role.MEMBER, () -> directory.mayAdminister())).isFalse();
        assertThat(as(0, Role.ADMIN, () -> directory.mayAdminister())).isTrue();
        assertThatThrownBy(() -> as(member, Role.MEMBER, () -> directory.get(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_draft_is_refused_with_a_message_for_what_is_wrong() {
        var taken = acronym("TAKEN");
        as(0, Role.ADMIN, () -> administration.create(draft(taken, ProjectStatus.RUNNING, List.of(lead(liege)))));
        refused(
                draft(taken.toLowerCase(java.util.Locale.ROOT), ProjectStatus.RUNNING, List.of(lead(liege))),
                "project.error.acronym-taken");
        refused(draft(" ", ProjectStatus.RUNNING, List.of(lead(liege))), "project.error.acronym");
        refused(draft(acronym("A"), ProjectStatus.RUNNING, List.of(partner(liege))), "project.error.one-lead");
        refused(draft(acronym("A"), ProjectStatus.RUNNING, List.of(lead(liege), lead(riga))), "project.error.one-lead");
        refused(
                draft(acronym("A"), ProjectStatus.RUNNING, List.of(lead(liege), partner(liege))),
                "project.error.partner-twice");
        refused(
                draft(acronym("A"), ProjectStatus.RUNNING, List.of(lead(Long.MAX_VALUE))),
                "project.error.unknown-organisation");
        var valid = draft(acronym("A"), ProjectStatus.RUNNING, List.of(lead(liege)));
        refused(withWebsite(valid, "javascript:alert(1)"), "project.error.website");
        refused(withWebsite(valid, "ftp://example.org/file"), "project.error.website");
        refused(
                new ProjectDraft(
                        valid.acronym(),
                        valid.title(),
                        valid.programme(),
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2025, 1, 1),
                        valid.status(),
                        valid.summary(),
                        valid.description(),
                        null,
                        valid.partners(),
                        Set.of(),
                        Set.of()),
                "project.error.dates");
        refused(
                new ProjectDraft(
                        valid.acronym(),
                        valid.title(),
                        valid.programme(),
                        valid.startsOn(),
                        valid.endsOn(),
                        valid.status(),
                        valid.summary(),
                        valid.description(),
                        null,
                        valid.partners(),
                        Set.of(Long.MAX_VALUE),
                        Set.of()),
                "project.error.unknown-theme");
        assertThat(as(0, Role.ADMIN, () -> directory.list(ProjectFilter.any())))
                .as("nothing half-valid saved")
                .noneMatch(p -> p.acronym().equals(valid.acronym()));
    }

    @Test
    void a_change_made_meanwhile_is_not_overwritten() {
        var id = as(
                0,
                Role.ADMIN,
                () -> administration.create(draft(acronym("V"), ProjectStatus.IN_PREPARATION, List.of(lead(liege)))));
        var opened = as(0, Role.ADMIN, () -> directory.get(id));
        var running = withStatus(opened.draft(), ProjectStatus.RUNNING);
        as(0, Role.ADMIN, () -> administration.update(id, running, opened.version()));
        assertThatThrownBy(() -> as(
                        0,
                        Role.ADMIN,
                        () -> administration.update(
                                id, withStatus(opened.draft(), ProjectStatus.CLOSED), opened.version())))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("project.error.changed-meanwhile"));
        assertThat(as(member, Role.MEMBER, () -> directory.get(id)).status()).isEqualTo(ProjectStatus.RUNNING);
    }

    @Test
    void the_timeline_shows_the_project_events_and_the_outputs_its_practices() {
        var id = as(
                0,
                Role.ADMIN,
                () -> administration.create(draft(acronym("T"), ProjectStatus.RUNNING, List.of(lead(liege)))));
        var meeting = as(
                0, Role.ADMIN, () -> events.create(EventFixtures.ofKind(EventKind.COORDINATION_MEETING, null, false)));
        var other = as(0, Role.ADMIN, () -> events.create(EventFixtures.ofKind(EventKind.SEMINAR, null, false)));
        as(0, Role.ADMIN, () -> administration.placeEvent(id, meeting, true));
        var author = new PracticeFixtures.Who(people.person(liege, Role.MEMBER), liege, Role.MEMBER);
        var guidebook = PracticeFixtures.as(
                author, () -> practices.create(sheet("Guidebook of night mediation", Set.of(), Set.of(), true)));
        PracticeFixtures.as(
                author, () -> practices.attach(guidebook, new ByteArrayInputStream(CallFixtures.PDF), "guidebook.pdf"));
        PracticeFixtures.as(author, () -> practices.publish(guidebook));
        as(0, Role.ADMIN, () -> administration.addOutput(id, guidebook));
        var closed = groups.group("Project outputs", JoinPolicy.INVITE_ONLY, false);
        groups.members(closed.id(), author.id());
        var forTheGroup = PracticeFixtures.as(
                author, () -> practices.create(sheet("Toolkit for the group", Set.of(), Set.of(closed.id()), false)));
        PracticeFixtures.as(author, () -> practices.publish(forTheGroup));
        as(0, Role.ADMIN, () -> administration.addOutput(id, forTheGroup));
        assertThatThrownBy(() -> as(0, Role.ADMIN, () -> administration.addOutput(id, Long.MAX_VALUE)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("project.error.no-practice"));

        var page = as(member, Role.MEMBER, () -> directory.get(id));
        assertThat(page.timeline())
                .extracting(e -> e.id())
                .containsExactly(meeting)
                .doesNotContain(other);
        assertThat(page.outputsNotShown())
                .as("shared with a group the member is not in")
                .isEqualTo(1);
        assertThat(page.outputs()).singleElement().satisfies(o -> {
            assertThat(o.practiceId()).isEqualTo(guidebook);
            assertThat(o.path()).startsWith("practices/" + guidebook + "/");
            assertThat(o.files()).singleElement().satisfies(file -> {
                assertThat(file.fileName()).isEqualTo("guidebook.pdf");
                assertThat(file.downloadPath()).startsWith("/attachments/");
            });
        });

        as(0, Role.ADMIN, () -> administration.placeEvent(id, meeting, false));
        as(0, Role.ADMIN, () -> administration.removeOutput(id, guidebook));
        as(0, Role.ADMIN, () -> administration.removeOutput(id, forTheGroup));
        var after = as(member, Role.MEMBER, () -> directory.get(id));
        assertThat(after.timeline()).isEmpty();
        assertThat(after.outputs()).isEmpty();
    }

    @Test
    void the_directory_filters_by_status_theme_programme_and_partner_country() {
        var theme = as(member, Role.MEMBER, () -> themes.list()).getLast();
        var running = as(
                0,
                Role.ADMIN,
                () -> administration.create(new ProjectDraft(
                        acronym("R"),
                        "Running",
                        "Interreg Baltic",
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2027, 1, 1),
                        ProjectStatus.RUNNING,
                        "Summary.",
                        "",
                        null,
                        List.of(lead(riga)),
                        Set.of(theme.id()),
                        Set.of())));
        var closed = as(
                0,
                Role.ADMIN,
                () -> administration.create(draft(acronym("C"), ProjectStatus.CLOSED, List.of(lead(liege)))));

        assertThat(ids(new ProjectFilter(ProjectStatus.CLOSED, null, null, null)))
                .contains(closed)
                .doesNotContain(running);
        assertThat(ids(new ProjectFilter(null, theme.id(), null, null)))
                .contains(running)
                .doesNotContain(closed);
        assertThat(ids(new ProjectFilter(null, null, "interreg baltic", null))).containsExactly(running);
        assertThat(ids(new ProjectFilter(null, null, null, "LV")))
                .contains(running)
                .doesNotContain(closed);
        assertThat(as(member, Role.MEMBER, () -> directory.programmes())).contains("Interreg Baltic", "Erasmus+");
        assertThat(as(member, Role.MEMBER, () -> directory.projectsOfOrganisation(riga)))
                .extracting(ProjectListItem::id)
                .containsExactly(running);
        assertThat(as(member, Role.MEMBER, () -> directory.list(ProjectFilter.any())))
                .filteredOn(p -> p.id() == running)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.countries()).containsExactly("LV");
                    assertThat(p.leadName()).startsWith("Riga City Council");
                });
    }

    private List<Long> ids(ProjectFilter filter) {
        return as(member, Role.MEMBER, () -> directory.list(filter)).stream()
                .map(ProjectListItem::id)
                .toList();
    }

    private void refused(ProjectDraft draft, String key) {
        assertThatThrownBy(() -> as(0, Role.ADMIN, () -> administration.create(draft)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static ProjectDraft withWebsite(ProjectDraft d, String website) {
        return new ProjectDraft(
                d.acronym(),
                d.title(),
                d.programme(),
                d.startsOn(),
                d.endsOn(),
                d.status(),
                d.summary(),
                d.description(),
                website,
                d.partners(),
                d.themeIds(),
                d.groupIds());
    }

    private static ProjectDraft withStatus(ProjectDraft d, ProjectStatus status) {
        return new ProjectDraft(
                d.acronym(),
                d.title(),
                d.programme(),
                d.startsOn(),
                d.endsOn(),
                status,
                d.summary(),
                d.description(),
                d.website(),
                d.partners(),
                d.themeIds(),
                d.groupIds());
    }
}
