package eu.praxis.newsletter;

import static eu.praxis.call.CallFixtures.as;
import static eu.praxis.call.CallFixtures.city;
import static eu.praxis.call.CallFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.base.UserFacingException;
import eu.praxis.call.CallAdministration;
import eu.praxis.call.CallFixtures;
import eu.praxis.event.EventDraft;
import eu.praxis.event.EventFixtures;
import eu.praxis.event.EventKind;
import eu.praxis.event.EventScheduling;
import eu.praxis.group.GroupFixtures;
import eu.praxis.group.JoinPolicy;
import eu.praxis.news.NewsDesk;
import eu.praxis.news.NewsDraft;
import eu.praxis.notification.Delivery;
import eu.praxis.notification.NewsletterSubscribers;
import eu.praxis.notification.NotificationKind;
import eu.praxis.notification.NotificationService;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeFixtures;
import eu.praxis.publication.PublicationAdministration;
import eu.praxis.publication.PublicationDraft;
import eu.praxis.publication.PublicationType;
import eu.praxis.publication.PublicationVisibility;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * An issue's life: prepared from what the whole network reads (never a group's content), previewed per language, sent
 * to the members who have not stopped it, resumed after a sender stopped half-way without anyone getting it twice.
 */
@IntegrationTest
class NewsletterServiceTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("/notifications/unsubscribe/(\\S+)");

    @Autowired
    NewsletterOffice office;

    @Autowired
    NewsletterArchive archive;

    @Autowired
    NewsletterSender sender;

    @Autowired
    NewsletterSubscribers subscribers;

    @Autowired
    NewsDesk news;

    @Autowired
    EventScheduling events;

    @Autowired
    CallAdministration calls;

    @Autowired
    PracticeEditing practices;

    @Autowired
    PublicationAdministration publications;

    @Autowired
    NotificationService notifications;

    @Autowired
    OrganisationService organisations;

    @Autowired
    GroupFixtures groups;

    @Autowired
    TestPeople people;

    @Autowired
    GreenMail mail;

    @Autowired
    JdbcClient jdbc;

    String token;
    PraxisUser secretary;
    PraxisUser member;
    PraxisUser francophone;
    PraxisUser stopped;
    PraxisUser researcher;
    long groupId;

    @BeforeEach
    void people() {
        token = UUID.randomUUID().toString().substring(0, 8);
        var liege = city(organisations, "Ville de Liège");
        secretary = person(people, liege, Role.ADMIN);
        member = person(people, liege, Role.MEMBER);
        var french = people.account(liege, Role.MEMBER, Locale.FRENCH);
        francophone = new PraxisUser(
                french.id(), liege, french.email(), french.name(), Role.MEMBER, Locale.FRENCH, null, true, true);
        stopped = person(people, liege, Role.MEMBER);
        researcher = person(people, liege, Role.RESEARCHER);
        groupId = groups.group("Drugs", JoinPolicy.OPEN, false).id();
        as(stopped, () -> notifications.changeDelivery(NotificationKind.NEWSLETTER, Delivery.OFF));
    }

    @Test
    void an_issue_offers_what_the_whole_network_reads_and_no_groups_content() {
        as(secretary, () -> news.write(newsDraft("Network news " + token, "en", null)));
        as(secretary, () -> news.write(newsDraft("Nouvelles du réseau " + token, "fr", null)));
        as(secretary, () -> news.write(newsDraft("Group news " + token, "en", groupId)));
        var soon = LocalDateTime.now(EventFixtures.PARIS).plusHours(2).withNano(0);
        as(secretary, () -> events.create(event("Network seminar " + token, soon, null, false)));
        as(secretary, () -> events.create(event("Group meeting " + token, soon, groupId, true)));
        var author = new PracticeFixtures.Who(member.personId(), member.organisationId(), Role.MEMBER);
        var practice = PracticeFixtures.as(
                author,
                () -> practices.create(PracticeFixtures.sheet("Shared practice " + token, Set.of(), Set.of(), true)));
        PracticeFixtures.as(author, () -> practices.publish(practice));
        as(
                secretary,
                () -> calls.create(CallFixtures.draft(
                        "Network call " + token, LocalDateTime.now().plusHours(20), EventFixtures.PARIS, Set.of())));
        var guidebook = as(secretary, () -> publications.create(guidebook("Guidebook " + token, "en", null)));
        as(secretary, () -> publications.create(guidebook("Guide " + token, "fr", guidebook)));

        var id = as(secretary, () -> office.prepare());

        assertThat(as(secretary, () -> office.get(id)).subject())
                .as("the month in words, the year not grouped like a number")
                .matches("News of the network – [A-Z][a-z]+ \\d{4}");
        var titles = as(secretary, () -> office.get(id)).entries().stream()
                .map(e -> e.section() + " " + e.title())
                .toList();
        assertThat(titles)
                .contains(
                        "NEWS Network news " + token,
                        "NEWS Nouvelles du réseau " + token,
                        "AGENDA Network seminar " + token,
                        "PRACTICES Shared practice " + token,
                        "CALLS Network call " + token,
                        "PUBLICATIONS Guidebook " + token,
                        "PUBLICATIONS Guide " + token)
                .noneMatch(t -> t.contains("Group news " + token) || t.contains("Group meeting " + token));

        var french = as(secretary, () -> office.preview(id, Locale.FRENCH));
        assertThat(french)
                .contains("ACTUALITÉS", "Network news " + token + " [anglais]", "Pour ne plus la recevoir")
                .as("one edition of the guidebook: the reader's")
                .contains("Guide " + token)
                .doesNotContain("Guidebook " + token);
        assertThat(french.indexOf("Nouvelles du réseau " + token))
                .as("what is written in the reader's language comes first")
                .isLessThan(french.indexOf("Network news " + token));
        assertThat(as(secretary, () -> office.preview(id, Locale.ENGLISH)))
                .contains("NEWS", "Nouvelles du réseau " + token + " [French]", "Guidebook " + token)
                .doesNotContain("Guide " + token + "\n")
                .doesNotContain("Network news " + token + " [");
    }

    @Test
    void an_issue_goes_once_to_each_member_who_has_not_stopped_it_even_after_a_sender_stopped_half_way() {
        var id = as(secretary, () -> office.prepare());
        as(secretary, () -> office.edit(id, "Issue " + token, "Dear members,", 0));

        var count = as(secretary, () -> office.send(id));

        var recipients = subscribers.ids();
        assertThat(count).isEqualTo(recipients.size());
        assertThat(recipients)
                .contains(member.personId(), francophone.personId())
                .doesNotContain(stopped.personId(), researcher.personId(), secretary.personId());
        assertThatThrownBy(() -> as(secretary, () -> office.edit(id, "Too late", "", 1)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("newsletter.error.not-a-draft"));
        // a sender that stopped: it had sent to the member (and recorded it), and claimed the French member's row
        // without a trace of the mail
        jdbc.sql("update newsletter_delivery set status = 'SENT' where newsletter_id = ? and person_id = ?")
                .params(id, member.personId())
                .update();
        jdbc.sql(
                        "update newsletter_delivery set status = 'SENDING', claimed_at = ? where newsletter_id = ? and person_id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minusSeconds(3600)), id, francophone.personId())
                .update();

        while (as(secretary, () -> office.get(id)).status() != NewsletterStatus.SENT) {
            sender.deliverDue();
        }

        var subject = "Issue " + token;
        assertThat(issuesTo(member, subject))
                .as("recorded as sent before the stop")
                .isEmpty();
        assertThat(issuesTo(stopped, subject)).isEmpty();
        assertThat(issuesTo(francophone, subject))
                .singleElement()
                .satisfies(m ->
                        assertThat(GreenMailUtil.getBody(m)).contains("Dear members,", "Pour ne plus la recevoir"));
        var details = as(secretary, () -> office.get(id));
        assertThat(details.done()).isEqualTo(count);
        assertThat(as(member, () -> archive.sent()))
                .anySatisfy(n -> assertThat(n.id()).isEqualTo(id));
        assertThat(as(francophone, () -> archive.read(id)).text()).contains("Dear members,");

        var link = UNSUBSCRIBE.matcher(
                GreenMailUtil.getBody(issuesTo(francophone, subject).getFirst()).replace("=\r\n", ""));
        assertThat(link.find()).isTrue();
        assertThat(notifications.unsubscribe(link.group(1))).contains(NotificationKind.NEWSLETTER);
        assertThat(subscribers.ids()).doesNotContain(francophone.personId());
    }

    @Test
    void only_the_secretariat_prepares_and_sends_and_nobody_reads_an_issue_before_it_is_sent() {
        assertThatThrownBy(() -> as(member, () -> office.prepare())).isInstanceOf(AccessDeniedException.class);
        var id = as(secretary, () -> office.prepare());
        assertThatThrownBy(() -> as(member, () -> office.send(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(member, () -> archive.read(id)))
                .isInstanceOf(eu.praxis.base.NotFoundException.class);
        assertThatThrownBy(() -> as(secretary, () -> office.edit(id, " ", "", 0)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("newsletter.error.subject"));
        as(secretary, () -> office.delete(id));
        assertThat(as(secretary, () -> office.issues())).noneMatch(n -> n.id() == id);
    }

    /** The mails of the issue with this subject to the person (other tests' issues may reach them too). */
    private List<MimeMessage> issuesTo(PraxisUser who, String subject) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return subject.equals(m.getSubject())
                                && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(a -> a.toString().equalsIgnoreCase(who.email()));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static NewsDraft newsDraft(String title, String language, Long groupId) {
        return new NewsDraft(title, "Text of " + title, language, groupId, null, Set.of(), null, null);
    }

    private static PublicationDraft guidebook(String title, String language, Long editionOf) {
        return new PublicationDraft(
                PublicationType.GUIDEBOOK,
                title,
                "How cities run night mediation.",
                language,
                java.time.LocalDate.now(),
                List.of("The secretariat"),
                PublicationVisibility.NETWORK,
                null,
                Set.of(),
                Set.of(),
                editionOf);
    }

    private static EventDraft event(String title, LocalDateTime start, Long groupId, boolean membersOnly) {
        return new EventDraft(
                EventKind.SEMINAR,
                title,
                "A seminar.",
                start,
                start.plusHours(2),
                EventFixtures.PARIS,
                "Liège",
                null,
                groupId,
                Set.of(),
                membersOnly,
                null,
                null);
    }
}
