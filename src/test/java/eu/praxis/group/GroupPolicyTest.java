package eu.praxis.group;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GroupPolicyTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    final GroupPolicy policy = new GroupPolicy();
    final PraxisUser member = user(1, Role.MEMBER);
    final PraxisUser researcher = user(2, Role.RESEARCHER);
    final PraxisUser admin = user(3, Role.ADMIN);

    @Test
    void researchers_see_only_groups_opened_to_them() {
        assertThat(policy.maySee(researcher, group(JoinPolicy.OPEN, true))).isTrue();
        assertThat(policy.maySee(researcher, group(JoinPolicy.OPEN, false))).isFalse();
        assertThat(policy.maySee(member, group(JoinPolicy.INVITE_ONLY, false))).isTrue();
    }

    @Test
    void members_join_open_and_on_request_groups_but_not_invite_only_archived_or_twice() {
        assertThat(policy.mayJoin(member, group(JoinPolicy.OPEN, false), null)).isTrue();
        assertThat(policy.mayJoin(member, group(JoinPolicy.ON_REQUEST, false), null))
                .isTrue();
        assertThat(policy.mayJoin(member, group(JoinPolicy.INVITE_ONLY, false), null))
                .isFalse();
        var archived = group(JoinPolicy.OPEN, false);
        archived.archive();
        assertThat(policy.mayJoin(member, archived, null)).isFalse();
        assertThat(policy.mayJoin(member, group(JoinPolicy.OPEN, false), Membership.active(1, 1, NOW)))
                .isFalse();
    }

    @Test
    void researchers_never_join() {
        assertThat(policy.mayJoin(researcher, group(JoinPolicy.OPEN, true), null))
                .isFalse();
    }

    @Test
    void only_leads_of_the_group_and_the_secretariat_manage_members() {
        var lead = Membership.active(1, 1, NOW);
        lead.makeLead(NOW);
        assertThat(policy.mayManageMembers(member, lead)).isTrue();
        assertThat(policy.mayManageMembers(member, Membership.active(1, 1, NOW)))
                .isFalse();
        assertThat(policy.mayManageMembers(member, null)).isFalse();
        assertThat(policy.mayManageMembers(admin, null)).isTrue();
        var pendingLead = new Membership(1, 1, NOW);
        assertThat(policy.mayManageMembers(member, pendingLead))
                .as("a pending request is no lead")
                .isFalse();
    }

    @Test
    void only_the_secretariat_administers_groups() {
        assertThat(policy.mayAdminister(admin)).isTrue();
        assertThat(policy.mayAdminister(member)).isFalse();
        assertThat(policy.mayAdminister(researcher)).isFalse();
    }

    private static WorkingGroup group(JoinPolicy joinPolicy, boolean visibleToResearchers) {
        return new WorkingGroup("g", "Group", "", joinPolicy, visibleToResearchers, NOW);
    }

    private static PraxisUser user(long id, Role role) {
        return new PraxisUser(id, 1, "p" + id + "@test.example", "P" + id, role, Locale.ENGLISH, null, true, true);
    }
}
