package eu.praxis.search;

import static eu.praxis.searchindex.SearchDocument.AUTHOR;
import static eu.praxis.searchindex.SearchDocument.DELETED;
import static eu.praxis.searchindex.SearchDocument.GROUPS;
import static eu.praxis.searchindex.SearchDocument.HIDDEN;
import static eu.praxis.searchindex.SearchDocument.MEMBERS_ONLY;
import static eu.praxis.searchindex.SearchDocument.OWNER;
import static eu.praxis.searchindex.SearchDocument.OWNER_ORGANISATION;
import static eu.praxis.searchindex.SearchDocument.PUBLISHED;
import static eu.praxis.searchindex.SearchDocument.WHOLE_NETWORK;

import eu.praxis.group.GroupAccess;
import eu.praxis.practice.PracticePolicy;
import eu.praxis.practice.PracticePolicy.Viewer;
import eu.praxis.security.CurrentUser;
import java.util.Set;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.stereotype.Component;

/**
 * What a searcher may find, as ONE index predicate that every search query carries (results, totals, facets,
 * snippets, similar practices, export). For published practices it is {@link PracticePolicy#maySee}: the
 * secretariat sees all; others what is shared with the whole network or in a group whose content they read,
 * and (members, not researchers) what they may edit: their own, their organisation's, their led groups'. A
 * group thread is seen by readers of its group, a practice's thread like its practice. Hidden items only by
 * the secretariat, their author and the leads of their groups; deleted ones only by the secretariat. Drafts are never found.
 * Events follow {@code EventPolicy.maySee}: a network event is shared with the whole network, a group's
 * members-only event with its group (whose readers are its active members for members; leads and the
 * secretariat as above); researchers, who read groups without being members, never find what is marked
 * members-only (a general assembly, a group's members-only event). A cancelled event is indexed unpublished
 * (DD020). Projects are for everyone who may log in: indexed as shared with the whole network. A call for the whole
 * network likewise; a call for working groups belongs to them and is members-only (CallPolicy.maySee). Publications
 * likewise: network and public ones are shared with the whole network, those for working groups are members-only
 * (PublicationPolicy.maySee).
 */
@Component
class SearchPermissions {

    private final GroupAccess groups;

    SearchPermissions(GroupAccess groups) {
        this.groups = groups;
    }

    /**
     * The current user with the groups they read and lead, as the practice policy knows them; without the groups they
     * review, as only published content is found (a submitted practice is not, DD031).
     */
    Viewer viewer() {
        var mine = groups.myGroupIds();
        return new Viewer(CurrentUser.require(), mine.readable(), mine.led(), Set.of());
    }

    SearchPredicate filter(SearchPredicateFactory f, Viewer viewer) {
        var user = viewer.user();
        var visible = f.bool().must(f.match().field(PUBLISHED).matching(true));
        if (user.isAdmin()) {
            return visible.toPredicate();
        }
        if (user.isResearcher()) {
            // mustNot, not "must be false": documents indexed before the field existed have none
            visible.mustNot(f.match().field(MEMBERS_ONLY).matching(true));
        }
        var audience = f.bool().should(f.match().field(WHOLE_NETWORK).matching(true));
        if (!viewer.readableGroupIds().isEmpty()) {
            audience.should(f.terms().field(GROUPS).matchingAny(viewer.readableGroupIds()));
        }
        if (!user.isResearcher()) {
            audience.should(f.match().field(OWNER).matching(user.personId()))
                    .should(f.match().field(OWNER_ORGANISATION).matching(user.organisationId()));
            if (!viewer.ledGroupIds().isEmpty()) {
                audience.should(f.terms().field(GROUPS).matchingAny(viewer.ledGroupIds()));
            }
        }
        var notHidden = f.bool()
                .should(f.match().field(HIDDEN).matching(false))
                .should(f.match().field(AUTHOR).matching(user.personId()));
        if (!viewer.ledGroupIds().isEmpty()) {
            notHidden.should(f.terms().field(GROUPS).matchingAny(viewer.ledGroupIds()));
        }
        return visible.must(f.match().field(DELETED).matching(false))
                .must(audience)
                .must(notHidden)
                .toPredicate();
    }
}
