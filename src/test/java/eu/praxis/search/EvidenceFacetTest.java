package eu.praxis.search;

import static eu.praxis.practice.PracticeFixtures.as;
import static eu.praxis.practice.PracticeFixtures.sheet;
import static eu.praxis.search.SearchTestSupport.word;
import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.IntegrationTest;
import eu.praxis.WithNewPerson;
import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.member.MemberService;
import eu.praxis.organisation.OrganisationFixtures;
import eu.praxis.practice.EvidenceCriteria;
import eu.praxis.practice.EvidenceLevel;
import eu.praxis.practice.PracticeEditing;
import eu.praxis.practice.PracticeEvidence;
import eu.praxis.practice.PracticeFixtures;
import eu.praxis.practice.PracticeFixtures.Who;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The evidence level as a search facet (issue 19, part 4; DD032): counted over what the searcher may see, selected by
 * the {@code evidenceLevel} parameter, multi-select like the other facets, carried by each hit; the criteria the author
 * wrote are searchable text. Four practices with one word: promising and evaluated in a private group, evaluated for
 * the whole network, one not assessed.
 */
@IntegrationTest
@WithNewPerson(Role.ADMIN)
class EvidenceFacetTest {

    @Autowired
    SearchService search;

    @Autowired
    PracticeEditing practices;

    @Autowired
    PracticeEvidence evidence;

    @Autowired
    GroupDirectory groups;

    @Autowired
    GroupAdministration groupAdministration;

    @Autowired
    GroupMembership groupMembership;

    @Autowired
    MemberService members;

    @Autowired
    OrganisationFixtures organisationFixtures;

    @Autowired
    DataSource dataSource;

    Who author;
    Who member;
    Who outsider;
    String token = "";
    String criterionWord = "";
    long promising;
    long evaluated;
    long network;
    long notAssessed;

    @BeforeEach
    void fourPracticesThreeReviewed() {
        var fixtures = new PracticeFixtures(members, groups, groupMembership, groupAdministration);
        var otherOrganisation = organisationFixtures.city();
        author = fixtures.person(organisationFixtures.city(), Role.MEMBER);
        var lead = fixtures.person(otherOrganisation, Role.MEMBER);
        member = fixtures.person(otherOrganisation, Role.MEMBER);
        outsider = fixtures.person(otherOrganisation, Role.MEMBER);
        var group = fixtures.group(eu.praxis.group.JoinPolicy.INVITE_ONLY, false);
        groupMembership.addMember(group.id(), author.id());
        groupMembership.addMember(group.id(), member.id());
        groupAdministration.appointLead(group.id(), lead.id());
        var secretariat =
                new Who(CurrentUser.require().personId(), CurrentUser.require().organisationId(), Role.ADMIN);
        token = word();
        criterionWord = word();
        promising = published(token + " promising", Set.of(group.id()), false, EvidenceCriteria.NONE);
        evaluated = published(token + " evaluated", Set.of(group.id()), false, EvidenceCriteria.NONE);
        network = published(token + " network", Set.of(), true, EvidenceCriteria.NONE);
        notAssessed = published(
                token + " not assessed",
                Set.of(group.id()),
                false,
                new EvidenceCriteria(null, null, "A comparison of " + criterionWord + " districts.", null, null));
        as(lead, () -> evidence.setEvidenceLevel(promising, EvidenceLevel.PROMISING));
        as(lead, () -> evidence.setEvidenceLevel(evaluated, EvidenceLevel.EVALUATED));
        as(secretariat, () -> evidence.setEvidenceLevel(network, EvidenceLevel.EVALUATED));
        new SearchTestSupport(dataSource).awaitIndexed();
    }

    @Test
    void counts_are_those_of_what_the_searcher_may_see() {
        assertThat(as(member, () -> counts(search(Map.of("q", List.of(token))))))
                .isEqualTo(Map.of("evaluated", 2L, "promising", 1L));
        assertThat(as(outsider, () -> counts(search(Map.of("q", List.of(token))))))
                .isEqualTo(Map.of("evaluated", 1L));
        var labels = as(member, () -> search(Map.of("q", List.of(token)))).facets().evidenceLevels().stream()
                .map(FacetValue::label)
                .toList();
        assertThat(labels).containsExactly("Evaluated", "Promising");
    }

    @Test
    void the_parameter_selects_hits_which_carry_their_level_and_the_facet_stays_multi_select() {
        as(member, () -> {
            var all = search(Map.of("q", List.of(token)));
            var chosen = search(Map.of("q", List.of(token), "evidenceLevel", List.of("evaluated", "not-a-level")));

            assertThat(chosen.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(evaluated, network);
            assertThat(chosen.hits()).extracting(SearchHit::evidenceLevel).containsOnly(EvidenceLevel.EVALUATED);
            assertThat(chosen.facets().evidenceLevels()).isEqualTo(all.facets().evidenceLevels());
            assertThat(all.hits().stream().filter(h -> h.id() == notAssessed))
                    .singleElement()
                    .extracting(SearchHit::evidenceLevel)
                    .isNull();

            var both = search(Map.of("q", List.of(token), "evidenceLevel", List.of("promising", "EVALUATED")));
            assertThat(both.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(promising, evaluated, network);
        });
    }

    @Test
    void the_criteria_are_searchable_text() {
        var hits = as(member, () -> search(Map.of("q", List.of(criterionWord)))).hits();

        assertThat(hits).extracting(SearchHit::id).containsExactly(notAssessed);
    }

    private SearchResults search(Map<String, List<String>> parameters) {
        return search.search(SearchParameters.parse(parameters), 0, 20);
    }

    private static Map<String, Long> counts(SearchResults results) {
        return results.facets().evidenceLevels().stream()
                .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    }

    private long published(String title, Set<Long> groupIds, boolean wholeNetwork, EvidenceCriteria criteria) {
        return as(author, () -> {
            var id = practices.create(
                    sheet(title, Set.of(), groupIds, wholeNetwork).withEvidence(criteria));
            practices.publish(id);
            return id;
        });
    }
}
