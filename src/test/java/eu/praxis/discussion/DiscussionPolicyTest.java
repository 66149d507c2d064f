package eu.praxis.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import eu.praxis.group.GroupListItem;
import eu.praxis.group.JoinPolicy;
import eu.praxis.group.MembershipStatus;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The discussion rules for each role and membership, without a database. */
class DiscussionPolicyTest {

    final DiscussionPolicy policy = new DiscussionPolicy();

    @Test
    void members_read_and_post_only_in_groups_they_are_active_in() {
        var member = user(Role.MEMBER);

        assertThat(policy.maySee(member, group(MembershipStatus.ACTIVE, false, false)))
                .isTrue();
        assertThat(policy.mayPost(member, group(MembershipStatus.ACTIVE, false, false)))
                .isTrue();
        assertThat(policy.maySee(member, group(MembershipStatus.PENDING, true, false)))
                .isFalse();
        assertThat(policy.mayPost(member, group(MembershipStatus.PENDING, true, false)))
                .isFalse();
        assertThat(policy.maySee(member, group(null, true, false))).isFalse();
    }

    @Test
    void researchers_read_groups_opened_to_them_and_never_post() {
        var researcher = user(Role.RESEARCHER);

        assertThat(policy.maySee(researcher, group(null, true, false))).isTrue();
        assertThat(policy.maySee(researcher, group(null, false, false))).isFalse();
        assertThat(policy.mayPost(researcher, group(MembershipStatus.ACTIVE, true, false)))
                .isFalse();
    }

    @Test
    void the_secretariat_reads_all_and_posts_where_it_is_a_member() {
        var admin = user(Role.ADMIN);

        assertThat(policy.maySee(admin, group(null, false, false))).isTrue();
        assertThat(policy.mayPost(admin, group(null, false, false))).isFalse();
        assertThat(policy.mayPost(admin, group(MembershipStatus.ACTIVE, false, false)))
                .isTrue();
    }

    @Test
    void nobody_posts_in_an_archived_group_and_only_authors_edit() {
        var member = user(Role.MEMBER);

        assertThat(policy.mayPost(member, group(MembershipStatus.ACTIVE, false, true)))
                .isFalse();
        assertThat(policy.mayEdit(member, 1)).isTrue();
        assertThat(policy.mayEdit(member, 2)).isFalse();
        assertThat(policy.mayEdit(user(Role.ADMIN), 2))
                .as("moderators' edits come later")
                .isFalse();
    }

    private static PraxisUser user(Role role) {
        return new PraxisUser(1, 1, "u@test.example", "U", role, Locale.ENGLISH, null, true, true);
    }

    private static GroupListItem group(
            @Nullable MembershipStatus myStatus, boolean visibleToResearchers, boolean archived) {
        return new GroupListItem(
                10, "g", "G", "", JoinPolicy.OPEN, visibleToResearchers, archived, 3, myStatus, false, false);
    }
}
