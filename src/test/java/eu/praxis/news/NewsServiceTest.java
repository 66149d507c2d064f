package eu.praxis.news;

import static eu.praxis.call.CallFixtures.as;
import static eu.praxis.call.CallFixtures.city;
import static eu.praxis.call.CallFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.TestClock;
import eu.praxis.TestPeople;
import eu.praxis.base.AuditedAction;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.base.files.TestFiles;
import eu.praxis.call.CallFixtures;
import eu.praxis.group.GroupFixtures;
import eu.praxis.group.JoinPolicy;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** News of the network and of groups: who writes, who reads, scheduled items, images. */
@IntegrationTest
@RecordApplicationEvents
class NewsServiceTest {

    @Autowired
    NewsRoom room;

    @Autowired
    NewsDesk desk;

    @Autowired
    OrganisationService organisations;

    @Autowired
    GroupFixtures groups;

    @Autowired
    TestPeople people;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents published;

    PraxisUser lead;
    PraxisUser member;
    PraxisUser outsider;
    PraxisUser researcher;
    PraxisUser secretary;
    long groupId;

    @BeforeEach
    void people() {
        var lyon = city(organisations, "Ville de Lyon");
        var gent = city(organisations, "Stad Gent");
        lead = person(people, lyon, Role.MEMBER);
        member = person(people, gent, Role.MEMBER);
        outsider = person(people, gent, Role.MEMBER);
        researcher = person(people, lyon, Role.RESEARCHER);
        secretary = person(people, gent, Role.ADMIN);
        groupId = groups.group("Nightlife", JoinPolicy.OPEN, false).id();
        groups.leads(groupId, lead.personId());
        groups.members(groupId, member.personId());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_secretariat_writes_the_networks_news_which_everyone_who_logs_in_reads() {
        var title = "Annual conference " + UUID.randomUUID();
        var id = as(secretary, () -> desk.write(draft(title, null, null)));

        for (var reader : new PraxisUser[] {member, outsider, researcher, lead}) {
            assertThat(as(reader, () -> room.newest(null, 50)))
                    .as("the list of %s", reader.email())
                    .anySatisfy(n -> {
                        assertThat(n.id()).isEqualTo(id);
                        assertThat(n.groupId()).isNull();
                        assertThat(n.scheduled()).isFalse();
                    });
        }
        var page = as(member, () -> room.get(id));
        assertThat(page.title()).isEqualTo(title);
        assertThat(page.bodyHtml()).contains("<strong>Lyon</strong>").doesNotContain("<script");
        assertThat(page.mayEdit()).isFalse();
        assertThat(as(secretary, () -> room.get(id)).mayEdit()).isTrue();
        assertThat(published.stream(AuditedAction.class).filter(a -> a.targetId() == id))
                .singleElement()
                .satisfies(a -> assertThat(a.action()).isEqualTo("news.publish"));
    }

    @Test
    void a_lead_writes_the_news_of_their_group_which_only_its_readers_see() {
        var id = as(lead, () -> desk.write(draft("Night mayors meet " + UUID.randomUUID(), groupId, null)));

        assertThat(as(member, () -> room.newest(groupId, 10)))
                .extracting(NewsListItem::id)
                .containsExactly(id);
        assertThat(as(member, () -> room.get(id)).groupName()).startsWith("Nightlife");
        assertThat(as(outsider, () -> room.newest(null, 50)))
                .extracting(NewsListItem::id)
                .doesNotContain(id);
        assertThatThrownBy(() -> as(outsider, () -> room.get(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(researcher, () -> room.get(id)))
                .as("the group is not open to researchers")
                .isInstanceOf(NotFoundException.class);
        assertThat(as(secretary, () -> room.get(id)).mayEdit()).isTrue();
    }

    @Test
    void members_write_no_news_and_leads_none_for_the_network_or_another_group() {
        var otherGroup = groups.group("Drugs", JoinPolicy.OPEN, false).id();
        groups.members(otherGroup, lead.personId());

        assertThatThrownBy(() -> as(member, () -> desk.write(draft("Mine", groupId, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(lead, () -> desk.write(draft("For all", null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(lead, () -> desk.write(draft("Theirs", otherGroup, null))))
                .isInstanceOf(AccessDeniedException.class);
        var id = as(lead, () -> desk.write(draft("Ours", groupId, null)));
        assertThatThrownBy(() -> as(member, () -> desk.delete(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(member, () -> room.mayWriteGroupNews(groupId))).isFalse();
        assertThat(as(lead, () -> room.mayWriteGroupNews(groupId))).isTrue();
        assertThat(as(lead, () -> room.mayWriteNetworkNews())).isFalse();
        assertThat(as(lead, () -> room.groupsIWriteFor())).containsExactly(groupId);
    }

    @Test
    void a_scheduled_item_appears_to_readers_at_its_time_and_before_only_to_its_writers() {
        var at = clock.instant().plus(Duration.ofDays(2));
        var id = as(lead, () -> desk.write(draft("Coming soon " + UUID.randomUUID(), groupId, at)));

        assertThat(as(member, () -> room.newest(groupId, 10))).isEmpty();
        assertThatThrownBy(() -> as(member, () -> room.get(id))).isInstanceOf(NotFoundException.class);
        assertThat(as(lead, () -> room.newest(groupId, 10)))
                .singleElement()
                .satisfies(n -> assertThat(n.scheduled()).isTrue());

        clock.advance(Duration.ofDays(2).plusMinutes(1));

        assertThat(as(member, () -> room.newest(groupId, 10))).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo(id);
            assertThat(n.scheduled()).isFalse();
        });
    }

    @Test
    void an_item_is_refused_whole_for_the_first_thing_wrong_and_a_change_made_meanwhile_is_kept() {
        assertRefused(draft(" ", null, null), "news.error.title");
        assertRefused(new NewsDraft("Title", "  ", "en", null, null, Set.of(), null, null), "news.error.body");
        assertRefused(new NewsDraft("Title", "Text", "xx", null, null, Set.of(), null, null), "news.error.language");
        assertRefused(
                new NewsDraft("Title", "Text", "en", null, null, Set.of(-5L), null, null), "news.error.unknown-theme");
        assertRefused(
                new NewsDraft("Title", "Text", "en", null, null, Set.of(), -7L, null), "news.error.unknown-event");
        assertRefused(
                new NewsDraft("Title", "Text", "en", null, null, Set.of(), null, -9L), "news.error.unknown-project");

        var id = as(secretary, () -> desk.write(draft("First", null, null)));
        var version = as(secretary, () -> room.get(id)).version();
        as(secretary, () -> desk.update(id, draft("Second", null, null), version));
        assertThatThrownBy(() -> as(secretary, () -> desk.update(id, draft("Stale", null, null), version)))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("news.error.changed-meanwhile"));
        assertThat(as(member, () -> room.get(id)).title()).isEqualTo("Second");
    }

    @Test
    void an_image_is_a_checked_png_or_jpeg_seen_by_the_items_readers_only() {
        var id = as(lead, () -> desk.write(draft("With a picture", groupId, null)));

        assertThatThrownBy(() ->
                        as(lead, () -> desk.attachImage(id, new ByteArrayInputStream(CallFixtures.PDF), "poster.pdf")))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("news.error.image-type"));
        assertThat(as(member, () -> room.get(id)).hasImage()).isFalse();
        assertThatThrownBy(() ->
                        as(member, () -> desk.attachImage(id, new ByteArrayInputStream(TestFiles.png()), "mine.png")))
                .isInstanceOf(AccessDeniedException.class);

        var kept = as(lead, () -> desk.attachImage(id, new ByteArrayInputStream(TestFiles.png()), "../../square.png"));

        assertThat(kept).isEqualTo("square.png");
        var image = as(member, () -> room.image(id));
        assertThat(image.mediaType()).isEqualTo("image/png");
        try (var in = as(member, () -> room.openImage(image))) {
            assertThat(in.readAllBytes()).isEqualTo(TestFiles.png());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThatThrownBy(() -> as(outsider, () -> room.image(id))).isInstanceOf(NotFoundException.class);

        as(lead, () -> desk.removeImage(id));
        assertThatThrownBy(() -> as(member, () -> room.image(id))).isInstanceOf(NotFoundException.class);
        as(lead, () -> desk.delete(id));
        assertThatThrownBy(() -> as(lead, () -> room.get(id))).isInstanceOf(NotFoundException.class);
    }

    private void assertRefused(NewsDraft draft, String key) {
        assertThatThrownBy(() -> as(secretary, () -> desk.write(draft)))
                .as(key)
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    static NewsDraft draft(String title, @Nullable Long groupId, @Nullable Instant publishedAt) {
        return new NewsDraft(
                title,
                "Night mediation starts in **Lyon** <script>alert(1)</script>",
                "en",
                groupId,
                publishedAt,
                Set.of(),
                null,
                null);
    }
}
