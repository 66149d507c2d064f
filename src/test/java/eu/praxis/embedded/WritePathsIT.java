package eu.praxis.embedded;

import static eu.praxis.practice.PracticeFixtures.as;
import static eu.praxis.practice.PracticeFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.WithNewPerson;
import eu.praxis.discussion.DiscussionPosting;
import eu.praxis.discussion.DiscussionReading;
import eu.praxis.event.EventCalendar;
import eu.praxis.event.EventFixtures;
import eu.praxis.event.EventRegistrations;
import eu.praxis.event.EventScheduling;
import eu.praxis.event.RegistrationStatus;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.member.ApplicationForm;
import eu.praxis.member.MemberService;
import eu.praxis.member.MembershipApplicationService;
import eu.praxis.moderation.ModerationService;
import eu.praxis.moderation.ReportReason;
import eu.praxis.moderation.ReportedType;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.organisation.OrganisationKind;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeFixtures;
import eu.praxis.practice.PracticeFixtures.Who;
import eu.praxis.practice.PracticeLibrary;
import eu.praxis.search.SearchHit;
import eu.praxis.search.SearchRequest;
import eu.praxis.search.SearchScope;
import eu.praxis.search.SearchService;
import eu.praxis.search.SearchTestSupport;
import eu.praxis.security.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main write paths on the default run's embedded database (the PostgreSQL suite covers their rules): an
 * application approved, a practice written, attached, published, edited and found, a discussion started,
 * answered and moderated, an event scheduled and registered for.
 */
@EmbeddedDatabaseTest
@WithNewPerson(Role.ADMIN)
class WritePathsIT {

    @Autowired
    OrganisationFixtures organisationFixtures;

    @Autowired
    PracticeEditing practices;

    @Autowired
    PracticeLibrary library;

    @Autowired
    DiscussionReading discussions;

    @Autowired
    DiscussionPosting posting;

    @Autowired
    ModerationService moderation;

    @Autowired
    EventCalendar events;

    @Autowired
    EventRegistrations eventRegistrations;

    @Autowired
    EventScheduling eventScheduling;

    @Autowired
    MembershipApplicationService applications;

    @Autowired
    SearchService search;

    @Autowired
    MemberService members;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    OrganisationService organisations;

    @Autowired
    DataSource dataSource;

    String word;
    Who author;
    Who colleague;
    long groupId;

    @BeforeEach
    void createPeople() {
        word = "embedded" + UUID.randomUUID().toString().substring(0, 8);
        var fixtures = new PracticeFixtures(members, groups, groupMembership, groupAdministration);
        var organisation = organisationFixtures.city();
        author = fixtures.person(organisation, Role.MEMBER);
        colleague = fixtures.person(organisation, Role.MEMBER);
        groupId = fixtures.group(JoinPolicy.OPEN, false).id();
        groupMembership.addMember(groupId, author.id());
        groupMembership.addMember(groupId, colleague.id());
    }

    @Test
    void an_application_is_submitted_and_approved() {
        var id = applications.submit(
                new ApplicationForm(
                        "Ville de " + word,
                        OrganisationKind.CITY,
                        "FR",
                        "Nantes",
                        null,
                        "We run night mediators.",
                        "Anne Martin",
                        word + "@nantes.example",
                        null,
                        "fr"),
                "embedded-" + word);
        var organisationId = applications.approve(id);
        assertThat(organisations.get(organisationId).name()).isEqualTo("Ville de " + word);
    }

    @Test
    void a_practice_is_written_attached_published_edited_and_found() {
        var id = as(author, () -> practices.create(sheet(word + " night mediators", Set.of(), Set.of(), true)));
        as(
                author,
                () -> practices.attach(
                        id,
                        new ByteArrayInputStream(("Evaluation " + word).getBytes(StandardCharsets.UTF_8)),
                        "evaluation.txt"));
        as(author, () -> practices.publish(id));
        var version = as(author, () -> library.get(id)).version();
        as(
                author,
                () -> practices.update(
                        id, sheet(word + " night mediators, second edition", Set.of(), Set.of(), true), version));
        awaitIndexed();

        assertThat(as(colleague, () -> titles(word))).containsExactly(word + " night mediators, second edition");
        assertThat(as(author, () -> library.history(id))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void a_discussion_is_started_answered_reported_and_moderated() {
        var thread = as(author, () -> posting.startThread(groupId, word + " night buses", "Safer at night?"));
        var reply = as(colleague, () -> posting.reply(thread, "Cheap watches, " + word + "."));
        as(author, () -> moderation.report(ReportedType.REPLY, reply, ReportReason.SPAM, null));
        moderation.hide(ReportedType.REPLY, reply, "Advertising.");
        as(author, () -> posting.editThread(thread, word + " night buses", "Safer at night, and cheaper?", null));
        awaitIndexed();

        assertThat(as(author, () -> discussions.thread(thread)).replies()).isEmpty();
        assertThat(as(colleague, () -> titles(word))).containsExactly(word + " night buses");
    }

    @Test
    void an_event_is_scheduled_and_registered_for() {
        var id = eventScheduling.create(EventFixtures.webconference(null, false, 10));
        assertThat(as(author, () -> eventRegistrations.register(id))).isEqualTo(RegistrationStatus.CONFIRMED);
        as(colleague, () -> eventRegistrations.register(id));
        as(colleague, () -> eventRegistrations.cancelRegistration(id));
        assertThat(eventRegistrations.registrations(id)).hasSize(1);
    }

    private List<String> titles(String query) {
        return search.search(SearchRequest.of(query, SearchScope.EVERYTHING), 0, 10).hits().stream()
                .map(SearchHit::title)
                .toList();
    }

    private void awaitIndexed() {
        new SearchTestSupport(dataSource).awaitIndexed();
    }
}
