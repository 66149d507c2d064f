package eu.praxis.practice;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.group.GroupAdministration;
import eu.praxis.group.GroupDetails;
import eu.praxis.group.GroupDirectory;
import eu.praxis.group.GroupMembership;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.NewGroup;
import eu.praxis.member.MemberService;
import eu.praxis.member.NewPerson;
import eu.praxis.organisation.OrganisationFilter;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * People, groups and drafts for practice tests, each with unique names. Unlike {@code TestLogins},
 * {@link #as} logs in with the person's real organisation, which the practice rules depend on.
 * Methods that create people or groups must run as the secretariat. Public for other features'
 * tests about practices (their discussion).
 */
public final class PracticeFixtures {

    /** A test person: id, organisation and global role. */
    public record Who(long id, long organisationId, Role role) {}

    private final MemberService members;
    private final GroupDirectory groups;
    private final GroupMembership groupMembership;
    private final GroupAdministration groupAdministration;

    public PracticeFixtures(
            MemberService members,
            GroupDirectory groups,
            GroupMembership groupMembership,
            GroupAdministration groupAdministration) {
        this.members = members;
        this.groups = groups;
        this.groupMembership = groupMembership;
        this.groupAdministration = groupAdministration;
    }

    public Who person(long organisationId, Role role) {
        assertThat(CurrentUser.require().isAdmin()).isTrue();
        var email = "pr-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        var id = members.registerActive(
                new NewPerson(organisationId, email, "Person " + email, null, role, Locale.ENGLISH), "test-password-1");
        return new Who(id, organisationId, role);
    }

    public GroupDetails group(JoinPolicy policy, boolean visibleToResearchers) {
        var slug = groupAdministration.create(new NewGroup(
                "Practice group " + UUID.randomUUID().toString().substring(0, 8),
                "A group for a practice test.",
                policy,
                visibleToResearchers));
        return groups.get(slug);
    }

    /**
     * The people of a permission test around one author, and two groups. Only the author, the lead and the
     * member are in the private group; only the author is in the researcher-visible group.
     */
    record Cast(
            Who author,
            Who colleague,
            Who lead,
            Who member,
            Who outsider,
            Who researcher,
            GroupDetails privateGroup,
            GroupDetails researcherGroup) {}

    /** A new cast: the author and a colleague in one organisation, everyone else in another. */
    Cast cast(long authorOrganisationId, long otherOrganisationId) {
        var author = person(authorOrganisationId, Role.MEMBER);
        var lead = person(otherOrganisationId, Role.MEMBER);
        var member = person(otherOrganisationId, Role.MEMBER);
        var privateGroup = group(JoinPolicy.INVITE_ONLY, false);
        var researcherGroup = group(JoinPolicy.OPEN, true);
        groupMembership.addMember(privateGroup.id(), author.id());
        groupAdministration.appointLead(privateGroup.id(), lead.id());
        groupMembership.addMember(privateGroup.id(), member.id());
        groupMembership.addMember(researcherGroup.id(), author.id());
        return new Cast(
                author,
                person(authorOrganisationId, Role.MEMBER),
                lead,
                member,
                person(otherOrganisationId, Role.MEMBER),
                person(otherOrganisationId, Role.RESEARCHER),
                privateGroup,
                researcherGroup);
    }

    /** The person as logged in, with their real organisation. */
    static PraxisUser user(Who who) {
        return new PraxisUser(
                who.id(),
                who.organisationId(),
                "person-" + who.id(),
                "Person " + who.id(),
                who.role(),
                Locale.ENGLISH,
                null,
                true,
                true);
    }

    public static <T> T as(Who who, Supplier<T> action) {
        var user = user(who);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            // sets the context for the call and restores the previous one afterwards
            return DelegatingSecurityContextCallable.create(action::get, context)
                    .call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void as(Who who, Runnable action) {
        as(who, () -> {
            action.run();
            return null;
        });
    }

    /** A complete practice sheet, ready to publish. */
    public static PracticeDraft sheet(String title, Set<Long> themeIds, Set<Long> groupIds, boolean wholeNetwork) {
        return new PracticeDraft(
                PracticeType.SHEET,
                title,
                "What the city did, in short.",
                "Turin",
                "IT",
                "en",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 6, 30),
                themeIds,
                groupIds,
                wholeNetwork,
                "Reduce noise at night.",
                "Mediators on the streets.",
                "Bar owners.",
                "Fewer complaints.",
                "External evaluation.",
                "safety@turin.example",
                null);
    }

    public static PracticeDraft caseStudy(String title, Set<Long> groupIds, boolean wholeNetwork) {
        return new PracticeDraft(
                PracticeType.CASE_STUDY,
                title,
                "A lockdown response.",
                null,
                null,
                "fr",
                LocalDate.of(2020, 3, 15),
                null,
                Set.of(),
                groupIds,
                wholeNetwork,
                null,
                null,
                null,
                null,
                null,
                null,
                "Une ligne d'écoute ouverte jour et nuit.");
    }

    /**
     * Every published practice the logged-in person sees, gathered from the organisations' pages (the library
     * itself is the search feature's): the database's answer to compare the index's with.
     */
    public static List<PracticeListItem> publishedVisible(PracticeLibrary library, OrganisationService organisations) {
        return organisations.find(OrganisationFilter.any(), PageRequest.of(0, 10_000)).stream()
                .flatMap(o -> library.practicesOfOrganisation(o.id(), PageRequest.of(0, 10_000)).stream())
                .filter(p -> p.status() == PracticeStatus.PUBLISHED)
                .toList();
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
