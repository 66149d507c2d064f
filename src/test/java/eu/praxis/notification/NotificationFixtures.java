package eu.praxis.notification;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.member.MemberService;
import eu.praxis.member.NewPerson;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fresh people and groups for notification tests, their notifications and the mails they got. */
public final class NotificationFixtures {

    public static final String PASSWORD = "test-password-1";

    /** A test person and the address their mail goes to. */
    public record Someone(long id, String email, long organisationId) {}

    private final MemberService members;
    private final GroupDirectory groups;
    private final GroupMembership groupMembership;
    private final GroupAdministration groupAdministration;
    private final OrganisationFixtures organisations;
    private final NotificationService notifications;
    private final GreenMail mail;
    private final JdbcClient jdbc;
    private final Instant createdAt = Instant.now().minusSeconds(1);
    private @Nullable Long organisationId;

    public NotificationFixtures(
            MemberService members,
            GroupDirectory groups,
            GroupMembership groupMembership,
            GroupAdministration groupAdministration,
            OrganisationFixtures organisations,
            NotificationService notifications,
            GreenMail mail,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.members = members;
        this.groups = groups;
        this.groupMembership = groupMembership;
        this.groupAdministration = groupAdministration;
        this.organisations = organisations;
        this.notifications = notifications;
        this.mail = mail;
    }

    public Someone person(Locale language) {
        return person(language, Role.MEMBER);
    }

    public Someone person(Locale language, Role role) {
        return person(language, role, organisation());
    }

    /** A person of an organisation of their own, as most members of a working group are (one city each). */
    public Someone personOfOwnOrganisation(Locale language) {
        return person(language, Role.MEMBER, organisations.city());
    }

    private Someone person(Locale language, Role role, long organisation) {
        var email = "n-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var id = asSystem(() -> members.registerActive(
                new NewPerson(organisation, email, "Person " + email.substring(0, 10), null, role, language),
                PASSWORD));
        return new Someone(id, email, organisation);
    }

    /** The one organisation of these fixtures' people (as in a real group, many are colleagues). */
    private synchronized long organisation() {
        if (organisationId == null) {
            organisationId = organisations.city();
        }
        return organisationId;
    }

    /** A new group with these active members. */
    public long group(JoinPolicy policy, Someone... members) {
        return asSystem(() -> {
            var slug = groupAdministration.create(new NewGroup(
                    "Notification test " + UUID.randomUUID().toString().substring(0, 8),
                    "A group for a test.",
                    policy,
                    false));
            var id = groups.get(slug).id();
            Arrays.stream(members).forEach(m -> groupMembership.addMember(id, m.id()));
            return id;
        });
    }

    public String slugOf(long groupId) {
        return asSystem(() -> groups.find(groupId).orElseThrow().slug());
    }

    public static <T> T as(Someone who, Supplier<T> action) {
        return RunAs.person(who.id(), Role.MEMBER, action);
    }

    public static void as(Someone who, Runnable action) {
        as(who, () -> {
            action.run();
            return null;
        });
    }

    public static <T> T asSystem(Supplier<T> action) {
        return RunAs.person(0, Role.ADMIN, action);
    }

    public List<NotificationItem> notificationsOf(Someone who) {
        return as(who, () -> notifications.mine(PageRequest.of(0, 100)).getContent());
    }

    /** Waits for the listeners (after commit, in another thread) until the person has this many notifications. */
    public List<NotificationItem> awaitNotifications(Someone who, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> notificationsOf(who), list -> list.size() >= count);
    }

    /**
     * Waits until every event published since these fixtures were made has been handled by all its
     * listeners (the registry marks each completed), so that "nobody else was told" can be asserted.
     */
    public void awaitListeners() {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql(
                                        "select count(*) from event_publication where completion_date is null and publication_date >= ?")
                                .param(Timestamp.from(createdAt))
                                .query(Long.class)
                                .single()
                        == 0);
    }

    public List<MimeMessage> mailsTo(Someone who) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(who.email()));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    public List<MimeMessage> awaitMails(Someone who, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(who), list -> list.size() >= count);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString().replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
