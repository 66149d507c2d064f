package eu.praxis.publication;

import static eu.praxis.call.CallFixtures.as;
import static eu.praxis.call.CallFixtures.city;
import static eu.praxis.call.CallFixtures.person;
import static eu.praxis.publication.PublicationFixtures.draft;
import static eu.praxis.publication.PublicationFixtures.edition;
import static eu.praxis.publication.PublicationFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.praxis.IntegrationTest;
import eu.praxis.TestPeople;
import eu.praxis.base.NotFoundException;
import eu.praxis.base.UserFacingException;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.search.ResultKind;
import eu.praxis.search.SearchHit;
import eu.praxis.search.SearchRequest;
import eu.praxis.search.SearchScope;
import eu.praxis.search.SearchService;
import eu.praxis.search.SearchTestSupport;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Publications: editions in two languages, files whose text the search finds, who reads what (DD030). */
@IntegrationTest
class PublicationServiceTest {

    @Autowired
    PublicationLibrary library;

    @Autowired
    PublicationAdministration administration;

    @Autowired
    PublicPublications publicPublications;

    @Autowired
    SearchService search;

    @Autowired
    OrganisationService organisations;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    TestPeople people;

    @Autowired
    DataSource dataSource;

    PraxisUser member;
    PraxisUser colleague;
    PraxisUser researcher;
    PraxisUser secretary;

    @BeforeEach
    void people() {
        var liege = city(organisations, "City of Liège");
        member = person(people, liege, Role.MEMBER);
        colleague = person(people, liege, Role.MEMBER);
        researcher = person(people, liege, Role.RESEARCHER);
        secretary = person(people, city(organisations, "Riga City Council"), Role.ADMIN);
    }

    @AfterEach
    void noVisitor() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_member_reads_both_editions_of_a_guidebook_the_search_found_by_a_word_inside_its_pdf() {
        var word = SearchTestSupport.word();
        var english = create(draft("Safer nights", "en", PublicationVisibility.NETWORK, Set.of()));
        var french = create(edition("Des nuits plus sûres", "fr", PublicationVisibility.NETWORK, Set.of(), english));
        var file = as(
                secretary,
                () -> administration.attachFile(
                        english,
                        new ByteArrayInputStream(pdf("Night mediators and " + word + " in the old town")),
                        "safer.pdf"));
        as(
                secretary,
                () -> administration.attachFile(
                        french, new ByteArrayInputStream(pdf("Les médiateurs de nuit")), "nuits.pdf"));
        new SearchTestSupport(dataSource).awaitIndexed();

        var hits = as(
                member,
                () -> search.search(SearchRequest.of(word, SearchScope.EVERYTHING), 0, 10)
                        .hits());
        assertThat(hits)
                .extracting(SearchHit::kind, SearchHit::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ResultKind.PUBLICATION, english));
        assertThat(hits.getFirst().path()).isEqualTo("/" + PublicationPaths.publication(english));

        var page = as(member, () -> library.get(english));
        assertThat(page.authors()).containsExactly("City of Liège", "Ana Souza");
        assertThat(page.files()).extracting(PublicationFileItem::fileName).containsExactly("safer.pdf");
        assertThat(page.editions())
                .extracting(PublicationEdition::id, PublicationEdition::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(french, "fr"));
        var frenchPage = as(member, () -> library.get(french));
        assertThat(frenchPage.editions()).extracting(PublicationEdition::id).containsExactly(english);
        assertThat(frenchPage.files()).hasSize(1);
        var download = as(member, () -> library.download(file.id()));
        assertThat(download.mediaType()).isEqualTo("application/pdf");
        assertThat(as(member, () -> library.list(new PublicationFilter(PublicationType.GUIDEBOOK, "en", null))))
                .filteredOn(p -> p.id() == english)
                .singleElement()
                .satisfies(p -> assertThat(p.otherLanguages()).containsExactly("fr"));
        assertThat(as(member, () -> library.list(new PublicationFilter(PublicationType.REPORT, null, null))))
                .extracting(PublicationListItem::id)
                .doesNotContain(english, french);
    }

    @Test
    void a_publication_for_groups_is_read_by_their_members_only_and_never_by_researchers() {
        var groupId = group();
        var forGroup = create(draft("Group notes", "en", PublicationVisibility.GROUPS, Set.of(groupId)));
        var forNetwork = create(draft("Network notes", "en", PublicationVisibility.NETWORK, Set.of(groupId)));
        var file = as(
                secretary,
                () -> administration.attachFile(
                        forGroup,
                        new ByteArrayInputStream("Minutes of the group".getBytes(StandardCharsets.UTF_8)),
                        "m.txt"));

        assertThat(as(member, () -> library.get(forGroup)).groups()).containsKey(groupId);
        assertThat(as(member, () -> library.download(file.id())).fileName()).isEqualTo("m.txt");
        assertThatThrownBy(() -> as(colleague, () -> library.get(forGroup))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(colleague, () -> library.download(file.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(researcher, () -> library.get(forGroup))).isInstanceOf(NotFoundException.class);
        assertThat(as(researcher, () -> library.list(PublicationFilter.any())))
                .extracting(PublicationListItem::id)
                .contains(forNetwork)
                .doesNotContain(forGroup);
        assertThat(as(secretary, () -> library.list(PublicationFilter.any())))
                .extracting(PublicationListItem::id)
                .contains(forNetwork, forGroup);
    }

    @Test
    void only_a_public_publication_is_read_without_login_with_its_public_editions() {
        var manifesto = create(draft("Manifesto " + UUID.randomUUID(), "en", PublicationVisibility.PUBLIC, Set.of()));
        var internal = create(edition("Manifeste", "fr", PublicationVisibility.NETWORK, Set.of(), manifesto));
        var publicFile = as(
                secretary,
                () -> administration.attachFile(
                        manifesto, new ByteArrayInputStream(pdf("We the cities")), "manifesto.pdf"));
        var internalFile = as(
                secretary,
                () -> administration.attachFile(
                        internal, new ByteArrayInputStream(pdf("Nous les villes")), "manifeste.pdf"));
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "visitor", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        var page = publicPublications.get(manifesto);
        assertThat(page.editions()).as("the French edition is for members").isEmpty();
        assertThat(page.groups()).isEmpty();
        assertThat(publicPublications.download(publicFile.id()).fileName()).isEqualTo("manifesto.pdf");
        assertThatThrownBy(() -> publicPublications.get(internal)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> publicPublications.download(internalFile.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> library.get(manifesto)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_secretariat_publishes_and_a_draft_is_checked_as_a_whole() {
        var groupId = group();
        assertThatThrownBy(() -> as(
                        member,
                        () -> administration.create(draft("Mine", "en", PublicationVisibility.NETWORK, Set.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> create(draft(" ", "en", PublicationVisibility.NETWORK, Set.of())))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("publication.error.title");
        assertThatThrownBy(() -> create(draft("No language", "xx", PublicationVisibility.NETWORK, Set.of())))
                .hasMessageStartingWith("publication.error.language");
        assertThatThrownBy(() -> create(draft("No group", "en", PublicationVisibility.GROUPS, Set.of())))
                .hasMessageStartingWith("publication.error.groups-required");
        var english = create(draft("Twice", "en", PublicationVisibility.GROUPS, Set.of(groupId)));
        assertThatThrownBy(() -> create(edition("Twice again", "en", PublicationVisibility.NETWORK, Set.of(), english)))
                .hasMessageStartingWith("publication.error.edition-language");
        assertThatThrownBy(() -> as(
                        secretary,
                        () -> administration.attachFile(
                                english, new ByteArrayInputStream(new byte[] {0x4d, 0x5a, 0, 0}), "tool.exe")))
                .isInstanceOf(UserFacingException.class);
        assertThat(as(secretary, () -> library.get(english)).files()).isEmpty();
    }

    @Test
    void deleting_the_first_edition_leaves_the_others_together() {
        var english = create(draft("Guide", "en", PublicationVisibility.NETWORK, Set.of()));
        var french = create(edition("Guide", "fr", PublicationVisibility.NETWORK, Set.of(), english));
        var german = create(edition("Leitfaden", "de", PublicationVisibility.NETWORK, Set.of(), french));
        as(secretary, () -> administration.attachFile(english, new ByteArrayInputStream(pdf("Guide")), "g.pdf"));

        as(secretary, () -> administration.delete(english));

        assertThatThrownBy(() -> as(member, () -> library.get(english))).isInstanceOf(NotFoundException.class);
        assertThat(as(member, () -> library.get(french)).editions())
                .extracting(PublicationEdition::id)
                .containsExactly(german);
        var current = as(secretary, () -> library.get(german));
        as(secretary, () -> administration.update(german, withoutEdition(current.draft()), current.version()));
        assertThat(as(member, () -> library.get(french)).editions()).isEmpty();
    }

    private static PublicationDraft withoutEdition(PublicationDraft d) {
        return new PublicationDraft(
                d.type(),
                d.title(),
                d.abstractText(),
                d.language(),
                d.publishedOn(),
                d.authors(),
                d.visibility(),
                d.projectId(),
                d.themeIds(),
                d.groupIds(),
                null);
    }

    private long create(PublicationDraft draft) {
        return as(secretary, () -> administration.create(draft));
    }

    private long group() {
        var slug = RunAs.person(
                0,
                Role.ADMIN,
                () -> groupAdministration.create(
                        new NewGroup("Publication group " + UUID.randomUUID(), "A group.", JoinPolicy.OPEN, false)));
        var groupId = RunAs.person(0, Role.ADMIN, () -> groups.get(slug).id());
        RunAs.person(0, Role.ADMIN, () -> {
            groupMembership.addMember(groupId, member.personId());
            return null;
        });
        return groupId;
    }
}
