package eu.praxis.group;

import eu.praxis.member.PersonSummary;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A working group's page. {@code pending} is filled only for those who may admit people; the
 * {@code may...} flags say what the viewer may do (the service checks again when they do it);
 * {@code mayManageMembers} also switches the review of publications ({@link GroupPolicy#mayChangePublicationReview}).
 */
public record GroupDetails(
        long id,
        String slug,
        String name,
        String description,
        JoinPolicy joinPolicy,
        boolean visibleToResearchers,
        boolean archived,
        boolean reviewsPublications,
        List<PersonSummary> leads,
        List<PersonSummary> members,
        List<PersonSummary> pending,
        @Nullable MembershipStatus myStatus,
        boolean mayJoin,
        boolean mayLeave,
        boolean mayManageMembers,
        boolean mayAdminister) {}
