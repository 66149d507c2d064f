package eu.praxis.group;

import org.jspecify.annotations.Nullable;

/** A working group as lists show it, with the viewer's own membership. */
public record GroupListItem(
        long id,
        String slug,
        String name,
        String description,
        JoinPolicy joinPolicy,
        boolean visibleToResearchers,
        boolean archived,
        long memberCount,
        @Nullable MembershipStatus myStatus,
        boolean iLead,
        boolean mayJoin) {

    public boolean iAmMember() {
        return myStatus == MembershipStatus.ACTIVE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupListItem other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
